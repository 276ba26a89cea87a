// One schema per step, built from its questions with the same leaf validators as the engine's
// facts schema: react-hook-form uses it in the browser, the server again on every save. Messages
// are stable codes: the engine's (lib/criteria/messages) plus the questionnaire's "required" ones.
import { z } from "zod";
import { crossCheckIssues } from "@/lib/criteria/facts/checks";
import { storablePart } from "@/lib/criteria/text";
import { issueCodes } from "@/lib/criteria/facts/issues";
import { leafSchema, objectOf } from "@/lib/criteria/facts/leaf-schema";
import { getAt, mergeAnswers, pickPaths, setAt, type Answers } from "./answers";
import { visibleFields, type Field } from "./fields";

export type StepIssue = { path: string; code: string };
/**
 * On failure, `valid` holds the shown answers that passed (to be saved all the same) and `typed`
 * the text of those that did not, by path (kept to be corrected, never an answer).
 */
export type StepParse =
  { ok: true; values: Answers } | { ok: false; issues: StepIssue[]; valid: Answers; typed: Record<string, string> };
/** The questions of one page, as data: what the browser is sent and the server reads. */
export type StepFields = { readonly fields: readonly Field[] };
/** What a dotted path names in the facts: the server asks the catalogue, the browser its page. */
export type PathKind = (path: string) => "leaf" | "group" | null;

/** "complete": every shown question needs an answer or "don't know" (moving on); "partial": autosave. */
export type SaveMode = "complete" | "partial";

const schemas = new WeakMap<StepFields, z.ZodType>();

function schemaOf(step: StepFields): z.ZodType {
  let schema = schemas.get(step);
  if (!schema) {
    const leaves = step.fields.map((f) => ({ segments: f.path.split("."), schema: leafSchema(f) }));
    schema = objectOf(leaves);
    schemas.set(step, schema);
  }
  return schema;
}

function requiredIssues(step: StepFields, values: Answers, context: Answers, mode: SaveMode): StepIssue[] {
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

/** Paths in `raw` that name nothing (a typo, or a crafted request): each is an issue. */
function unknownPaths(raw: Answers, kind: PathKind, prefix = ""): string[] {
  return Object.keys(raw).flatMap((key) => {
    const path = prefix + key;
    const named = kind(path);
    if (named === "leaf") return [];
    const value = raw[key];
    return named === "group" && isRecord(value) ? unknownPaths(value, kind, `${path}.`) : [path];
  });
}

/** A page's own questions as the path kinds it knows. */
const ownPaths =
  (step: StepFields): PathKind =>
  (path) =>
    step.fields.some((f) => f.path === path)
      ? "leaf"
      : step.fields.some((f) => f.path.startsWith(`${path}.`))
        ? "group"
        : null;

/**
 * Validates the values of one step, given the saved answers of the others (which decide which
 * questions show). Returns only the step's shown fields, in the facts shape. A path that `kind`
 * does not know is an issue; another page's facts, which the server knows, are left aside.
 */
export function parseStep(
  step: StepFields,
  input: unknown,
  context: Answers,
  mode: SaveMode,
  kind: PathKind = ownPaths(step),
): StepParse {
  const raw = isRecord(input) ? input : {};
  const unknown = unknownPaths(raw, kind).map((path) => ({ path, code: "unknown_field" }));
  const shownFields = visibleFields(step, mergeAnswers(context, raw));
  const shown = shownFields.map((f) => f.path);
  const picked = shownFields.reduce((out, f) => setAt(out, f.path, normalize(f, getAt(raw, f.path))), {} as Answers);
  const result = schemaOf(step).safeParse(picked);
  const fieldIssues = result.success ? [] : result.error.issues.flatMap(issueCodes);
  // The cross-field checks run even when a field fails, so every problem shows at once; they see the
  // other pages' saved answers (the founding date against the assessment year), and report on this one.
  // This page's answers replace its saved ones (a cleared box is no answer).
  const others = step.fields.reduce((a, f) => setAt(a, f.path, undefined), context);
  const cross = crossCheckIssues(mergeAnswers(others, picked))
    .map((i) => ({ path: i.path.join("."), code: i.code }))
    .filter((i) => (shown as readonly string[]).includes(i.path));
  const issues: StepIssue[] = [...unknown, ...fieldIssues, ...cross];
  const missing = requiredIssues(step, picked, context, mode).filter((m) => !issues.some((i) => i.path === m.path));
  const all = [...issues, ...missing];
  if (all.length > 0 || !result.success) {
    const failed = new Set(all.map((i) => i.path));
    const passed = shown.filter((p) => !failed.has(p));
    const rest = schemaOf(step).safeParse(pickPaths(picked, passed));
    const typed: Record<string, string> = {};
    for (const path of shown) {
      const text = typedText(getAt(raw, path));
      if (failed.has(path) && text !== null) typed[path] = text;
    }
    return {
      ok: false,
      issues: sortByStepOrder(step, all),
      valid: rest.success ? pickPaths(rest.data as Answers, passed) : {},
      typed,
    };
  }
  return { ok: true, values: pickPaths(result.data as Answers, shown) };
}

/** What the user typed, as text: a number or a string (not a choice's list, not blank). */
function typedText(value: unknown): string | null {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  // Kept in a JSON column: never a character PostgreSQL refuses (NUL, half a surrogate pair).
  const text = typeof value === "string" ? storablePart(value, 200) : "";
  return text.trim() !== "" ? text : null;
}

function sortByStepOrder(step: StepFields, issues: StepIssue[]): StepIssue[] {
  const order: string[] = step.fields.map((f) => f.path);
  return [...issues].sort((a, b) => order.indexOf(a.path) - order.indexOf(b.path));
}
