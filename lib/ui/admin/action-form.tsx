"use client";

import { useActionState, useEffect, useRef } from "react";
import { SubmitButton } from "@/lib/ui/submit-button";
import { FormField } from "./form-field";
import { idle, type FormAction } from "@/lib/http/form-types";
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
  const [state, formAction] = useActionState(action, idle);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") summary.current?.focus();
  }, [state]);
  const errors = state.status === "error" ? state.errors : [];
  const values = state.status === "error" ? state.values : {};
  // A new key after each answer re-applies the default values React's form reset cleared.
  const key = state.status === "done" ? `done-${state.at}` : state.status === "error" ? JSON.stringify(values) : "idle";
  return (
    <form id={id} action={formAction} className={className ?? "space-y-4"} noValidate key={key}>
      {errors.length > 0 ? (
        <div
          ref={summary}
          tabIndex={-1}
          role="alert"
          aria-labelledby={`${id}-summary`}
          className="border-4 border-red-700 p-4 focus:outline-none"
        >
          <h3 id={`${id}-summary`} className="mb-2 text-lg font-bold">
            {summaryTitle}
          </h3>
          <ul className="space-y-1">
            {errors.map((e) => (
              <li key={e.field}>
                <a href={`#${id}-${e.field}`} className="font-semibold text-red-700 underline">
                  {e.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {state.status === "done" ? (
        <p role="status" className="border-l-4 border-green-700 bg-green-50 p-3 font-semibold">
          {state.message}
        </p>
      ) : null}
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
