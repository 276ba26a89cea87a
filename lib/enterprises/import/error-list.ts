import type { ImportError } from "../types";

/** The first `keep` errors, and how many there were in all: a bad file's answer stays small. */
export class ErrorList {
  readonly items: ImportError[] = [];
  count = 0;

  constructor(private readonly keep: number) {}

  add(error: ImportError) {
    this.count++;
    if (this.items.length < this.keep) this.items.push(error);
  }
}
