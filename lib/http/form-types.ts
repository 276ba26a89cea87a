// What a form's server action answers: errors to show (each tied to a field, translated on the
// server) with the values to put back, or a confirmation.
export type FormError = { field: string; message: string };

export type FormState =
  | { status: "idle" }
  | { status: "error"; errors: FormError[]; values: Record<string, string> }
  | { status: "done"; message: string; at: number };

export const idle: FormState = { status: "idle" };

export type FormAction = (state: FormState, data: FormData) => Promise<FormState>;
