// Saved answers have the shape of the engine's facts. A key that is absent means "not answered
// yet"; null means the user chose "don't know". The journey depends on that difference.

export type Answers = Record<string, unknown>;

export function getAt(answers: Answers, path: string): unknown {
  let cur: unknown = answers;
  for (const key of path.split(".")) {
    if (typeof cur !== "object" || cur === null || Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

export function isAnswered(answers: Answers, path: string): boolean {
  return getAt(answers, path) !== undefined;
}

/** A copy of `answers` with `value` at `path` (undefined removes the key). */
export function setAt(answers: Answers, path: string, value: unknown): Answers {
  const [head, ...rest] = path.split(".");
  if (!head) return answers;
  const copy: Answers = { ...answers };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head];
    else copy[head] = value;
    return copy;
  }
  const child = copy[head];
  const next = setAt(
    typeof child === "object" && child !== null && !Array.isArray(child) ? (child as Answers) : {},
    rest.join("."),
    value,
  );
  if (Object.keys(next).length === 0) delete copy[head];
  else copy[head] = next;
  return copy;
}

/** Only the given paths of `answers`, in the same nested shape. */
export function pickPaths(answers: Answers, paths: readonly string[]): Answers {
  return paths.reduce((out, path) => setAt(out, path, getAt(answers, path)), {} as Answers);
}

const isRecord = (v: unknown): v is Answers => typeof v === "object" && v !== null && !Array.isArray(v);

/** `base` with every answer of `update` written over it, group by group. */
export function mergeAnswers(base: Answers, update: Answers): Answers {
  const out: Answers = { ...base };
  for (const [key, value] of Object.entries(update)) {
    const current = out[key];
    out[key] = isRecord(current) && isRecord(value) ? mergeAnswers(current, value) : value;
  }
  return out;
}
