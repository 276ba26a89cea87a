"use client";

import { SubmitButton } from "@/lib/ui/submit-button";
import { FormField } from "./form-field";
import type { FormAction } from "@/lib/http/form-types";
import { FormOutcome, useActionForm } from "./form-outcome";
import type { FieldSpec } from "./field-spec";

type Props = {
  id: string;
  action: FormAction;
  fields: FieldSpec[];
  hidden?: Record<string, string | number>;
  submitLabel: string;
  summaryTitle: string;
  className?: string;
};

/**
 * An admin form on a server action, GOV.UK style: on failure an error summary that takes focus
 * and links to each field, the message again beside the field, and what was typed kept.
 */
export function ActionForm({ id, action, fields, hidden = {}, submitLabel, summaryTitle, className }: Props) {
  const { state, formAction, errors, values, key } = useActionForm(action);
  return (
    <form id={id} action={formAction} className={className ?? "space-y-4"} noValidate key={key}>
      <FormOutcome id={id} state={state} summaryTitle={summaryTitle} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((f) => (
        <FormField
          key={f.name}
          formId={id}
          field={f}
          value={values[f.name] ?? f.defaultValue}
          error={errors.find((e) => e.field === f.name)?.message}
        />
      ))}
      <SubmitButton
        label={submitLabel}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      />
    </form>
  );
}
