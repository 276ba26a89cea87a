import type { Field } from "@/lib/questionnaire/fields";

export type ControlProps = {
  field: Field;
  value: unknown;
  onChange: (value: unknown) => void;
  onBlur: () => void;
  label: string;
  hint?: string;
  error?: string;
  /** The words of a choice's options, in the reader's language. */
  options?: Readonly<Record<string, string>>;
};
