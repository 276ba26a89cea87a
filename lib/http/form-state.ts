import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { logError } from "@/lib/log";
import type { FormError, FormState } from "./form-types";

// The one edge of every form's server action: the form's fields parsed with zod (a field that
// fails is named, with its message in the reader's language), anything unexpected logged with
// the id the form shows. Next's redirects and 403/404 pass through.

export type ActionSpec<S extends z.ZodType> = {
  name: string;
  schema: S;
  /** The fields a user typed, put back into the form after a refusal. */
  echo: readonly string[];
  /** The message of each field the schema may refuse; `form` for anything not a field's. */
  invalid: (field: string) => string;
  /** The message of an unexpected failure, with the logged id. */
  unexpected: (id: string) => string;
};

/** A form's text fields as an object (a File stays a File). */
const formObject = (data: FormData): Record<string, FormDataEntryValue> => Object.fromEntries(data.entries());

const valuesOf = (data: FormData, names: readonly string[]): Record<string, string> =>
  Object.fromEntries(names.map((n) => [n, String(data.get(n) ?? "")]));

export const fail = (field: string, message: string, values: Record<string, string>): FormState => ({
  status: "error",
  errors: [{ field, message }],
  values,
});

export async function runFormAction<S extends z.ZodType>(
  spec: ActionSpec<S>,
  data: FormData,
  run: (input: z.output<S>, values: Record<string, string>) => Promise<FormState>,
): Promise<FormState> {
  const values = valuesOf(data, spec.echo);
  const parsed = spec.schema.safeParse(formObject(data));
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? "form")))];
    const errors: FormError[] = fields.map((field) => ({ field, message: spec.invalid(field) }));
    return { status: "error", errors, values };
  }
  try {
    return await run(parsed.data, values);
  } catch (error) {
    unstable_rethrow(error);
    return fail("form", spec.unexpected(logError(error, { action: spec.name })), values);
  }
}
