"use client";

import { useActionState, useEffect, useRef } from "react";
import { idle, type FormAction, type FormState } from "@/lib/http/form-types";

/**
 * An admin form's state on its server action: the errors and the values to put back after a
 * refusal, and a key for the form that changes with each answer (so React's reset of the form
 * after an action re-applies the values given as defaults).
 */
export function useActionForm(action: FormAction) {
  const [state, formAction] = useActionState(action, idle);
  const errors = state.status === "error" ? state.errors : [];
  const values = state.status === "error" ? state.values : {};
  const key = state.status === "done" ? `done-${state.at}` : state.status === "error" ? JSON.stringify(values) : "idle";
  return { state, formAction, errors, values, key };
}

/**
 * What the last submission came to, GOV.UK style: an error summary that takes focus and links to
 * each field (`#<form id>-<field>`), or the confirmation.
 */
export function FormOutcome({ id, state, summaryTitle }: { id: string; state: FormState; summaryTitle: string }) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") summary.current?.focus();
  }, [state]);
  if (state.status === "done")
    return (
      <p role="status" className="border-l-4 border-green-700 bg-green-50 p-3 font-semibold">
        {state.message}
      </p>
    );
  if (state.status !== "error" || state.errors.length === 0) return null;
  return (
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
        {state.errors.map((e) => (
          <li key={e.field}>
            <a href={`#${id}-${e.field}`} className="font-semibold break-words text-red-700 underline">
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
