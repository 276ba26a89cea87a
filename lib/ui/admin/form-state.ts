// What an admin form's server action answers: errors to show (each tied to a field, translated on
// the server) with the values to put back, or a confirmation.
export type FormError = { field: string; message: string };

export type FormState =
  | { status: "idle" }
  | { status: "error"; errors: FormError[]; values: Record<string, string> }
  | { status: "done"; message: string; at: number };

export const idle: FormState = { status: "idle" };

export type FieldSpec = {
  name: string;
  label: string;
  hint?: string;
  kind: "text" | "email" | "password" | "textarea" | "select" | "number";
  options?: { value: string; label: string }[];
  autoComplete?: string;
  required?: boolean;
  defaultValue?: string;
};

export type FormAction = (state: FormState, data: FormData) => Promise<FormState>;

export const valuesOf = (data: FormData, names: string[]): Record<string, string> =>
  Object.fromEntries(names.map((n) => [n, String(data.get(n) ?? "")]));
