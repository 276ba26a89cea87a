import { usccCheckChar } from "@/lib/criteria/uscc";

/** A valid credit code for tests: 17 characters from `n`, plus their check character. */
export function testUscc(n: number): string {
  const base = `91330100MA${String(n).padStart(7, "0")}`;
  return `${base}${usccCheckChar(base)}`;
}
