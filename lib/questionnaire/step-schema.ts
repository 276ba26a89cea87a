// One schema per step, derived from the engine's facts schema, used by react-hook-form on the
// client and again by the server on every save. Validation messages are stable codes: the
// engine's (lib/criteria/messages) plus the questionnaire's own "required" codes.
import { factLeaves, isFactPath } from "@/lib/criteria/facts/catalogue";
import { issueCodes } from "@/lib/criteria/facts/parse";
import { factsSchema } from "@/lib/criteria/facts/schema";
import { getAt, mergeAnswers, pickPaths, setAt, type Answers } from "./answers";
import { visibleFields } from "./journey";
import type { Field } from "./fields";
import type { Step } from "./steps";

export type StepIssue = { path: string; code: string };
export type StepParse = { ok: true; values: Answers } | { ok: false; issues: StepIssue[] };

/** "complete": every shown question needs an answer or "don't know" (moving on); "partial": autosave. */
export type SaveMode = "complete" | "partial";

function requiredIssues(step: Step, values: Answers, context: Answers, mode: SaveMode): StepIssue[] {
  const merged = mergeAnswers(context, values);
  return visibleFields(step, merged).flatMap((f): StepIssue[] => {
    const v = getAt(values, f.path);
    if (v === null && !f.unknownAllowed) return [{ path: f.path, code: "required_no_unknown" }];
    if (v === undefined && mode === "complete")
      return [{ path: f.path, code: f.unknownAllowed ? "required" : "required_no_unknown" }];
    return [];
  });
}

/** Blank text is no answer; codes (USCC, industry) are written in upper case. */
function normalize(f: Field, value: unknown): unknown {
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  if (trimmed === "") return undefined;
  return f.kind === "uscc" || f.kind === "industry" ? trimmed.toUpperCase() : trimmed;
}

const isRecord = (v: unknown): v is Answers => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Paths in `raw` that the fact catalogue does not know (a typo, or a crafted request): each is an
 * issue. Another step's facts are known, and simply not saved by this step.
 */
function unknownPaths(raw: Answers, prefix = ""): string[] {
  return Object.keys(raw).flatMap((key) => {
    const path = prefix + key;
    if (isFactPath(path)) return [];
    const value = raw[key];
    if (isRecord(value) && factLeaves.some((l) => l.path.startsWith(`${path}.`)))
      return unknownPaths(value, `${path}.`);
    return [path];
  });
}

/**
 * Validates the values of one step, given the saved answers of the others (which decide which
 * questions show). Returns only the step's shown fields, in the facts shape.
 */
export function parseStep(step: Step, input: unknown, context: Answers, mode: SaveMode): StepParse {
  const raw = isRecord(input) ? input : {};
  const unknown = unknownPaths(raw).map((path) => ({ path, code: "unknown_field" }));
  const shownFields = visibleFields(step, mergeAnswers(context, raw));
  const shown = shownFields.map((f) => f.path);
  const picked = shownFields.reduce((out, f) => setAt(out, f.path, normalize(f, getAt(raw, f.path))), {} as Answers);
  // factsSchema runs its cross-field checks even when a field fails, so every problem shows at once.
  const result = factsSchema.safeParse(picked);
  const issues: StepIssue[] = [...unknown, ...(result.success ? [] : result.error.issues.flatMap(issueCodes))];
  const missing = requiredIssues(step, picked, context, mode).filter((m) => !issues.some((i) => i.path === m.path));
  const all = [...issues, ...missing];
  if (all.length > 0 || !result.success) return { ok: false, issues: sortByStepOrder(step, all) };
  return { ok: true, values: pickPaths(result.data as Answers, shown) };
}

function sortByStepOrder(step: Step, issues: StepIssue[]): StepIssue[] {
  const order: string[] = step.fields.map((f) => f.path);
  return [...issues].sort((a, b) => order.indexOf(a.path) - order.indexOf(b.path));
}
