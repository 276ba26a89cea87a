/** How an admin form draws one field. */
export type FieldSpec = {
  name: string;
  label: string;
  hint?: string;
  kind: "text" | "email" | "password" | "textarea" | "select" | "number" | "checkbox";
  options?: { value: string; label: string }[];
  autoComplete?: string;
  required?: boolean;
  defaultValue?: string;
};
