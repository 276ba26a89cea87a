import type { Field } from "@/lib/questionnaire/fields";

export type ControlProps = {
  field: Field;
  value: unknown;
  onChange: (value: unknown) => void;
  onBlur: () => void;
  label: string;
  hint?: string;
  error?: string;
};
