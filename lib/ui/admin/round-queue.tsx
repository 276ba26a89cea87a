"use client";

import type { FormAction } from "@/lib/http/form-types";
import { FormOutcome, useActionForm } from "./form-outcome";
import { SubmitButton } from "@/lib/ui/submit-button";

export type QueueRow = {
  id: string;
  version: number;
  reference: string;
  company: string;
  href: string;
  city: string;
  status: string;
  verdict: string;
  verdictClass: string;
  assignee: string;
  figures: string;
  /** The round tier's criteria not met, narrow misses marked (in red); null when none. */
  failed: string | null;
  /** Its criteria to confirm or for the authority to judge (in amber); null when none. */
  open: string | null;
};

type Option = { value: string; label: string };

type Labels = {
  caption: string;
  columns: {
    select: string;
    application: string;
    city: string;
    status: string;
    verdict: string;
    assignee: string;
    figures: string;
  };
  /** With {reference} in it. */
  selectOne: string;
  legend: string;
  to: string;
  keep: string;
  assignee: string;
  keepAssignee: string;
  note: string;
  submit: string;
  summaryTitle: string;
  /** When no application matches the queue's filter. */
  none: string;
  /** "：" or ": ", between a label and its value. */
  colon: string;
};

type Props = {
  id: string;
  action: FormAction;
  roundId: string;
  rows: QueueRow[];
  statuses: Option[];
  assignees: Option[];
  /** The list went for sign-off: statuses can no longer change here (assignments still can). */
  frozen: boolean;
  labels: Labels;
};

const control = "block w-full max-w-xl rounded border-2 border-gray-700 px-3 py-2";

/**
 * The round's queue: one row (a card below lg) per application with a box to select it, and one
 * form for what to do with the selected ones: a new status with one note, and/or an assignee.
 * A refusal names the applications concerned and keeps the selection and the note.
 */
export function RoundQueue({ id, action, roundId, rows, statuses, assignees, frozen, labels }: Props) {
  const { state, formAction, errors, values, key } = useActionForm(action);
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;
  // Chosen rows survive a refusal (the form's own reset would clear them): kept in the key's values.
  const field = (name: string) => `${id}-${name}`;
  const chosen = new Set((values.items ?? "").split(",").filter(Boolean));
  return (
    <form id={id} action={formAction} className="space-y-4" noValidate key={key}>
      <input type="hidden" name="round" value={roundId} />
      <FormOutcome id={id} state={state} summaryTitle={labels.summaryTitle} />
      {/* Kept when the filter leaves nothing to show: the answer to the last change stays in view. */}
      {rows.length === 0 ? <p>{labels.none}</p> : null}
      <fieldset id={field("items")} tabIndex={-1} className="space-y-2" hidden={rows.length === 0}>
        <legend className="sr-only">{labels.caption}</legend>
        <ul className="divide-y divide-gray-300 border-y border-gray-300" data-testid="queue">
          {rows.map((r) => (
            <li key={r.id} className="flex items-start gap-3 py-2 text-sm" data-testid="queue-row">
              <input
                id={`${id}-item-${r.id}`}
                type="checkbox"
                name="items"
                value={`${r.id}:${r.version}`}
                defaultChecked={chosen.has(`${r.id}:${r.version}`)}
                aria-label={labels.selectOne.replace("{reference}", r.reference)}
                className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
              />
              <div className="min-w-0 flex-1 space-y-0.5 [overflow-wrap:anywhere]">
                <p>
                  <a href={r.href} className="font-semibold text-brand-800 underline">
                    {r.company}
                  </a>{" "}
                  <span className="text-muted">{r.reference}</span>
                </p>
                <p>
                  {labels.columns.status}
                  {labels.colon}
                  <strong>{r.status}</strong> · {labels.columns.verdict}
                  {labels.colon}
                  <strong className={r.verdictClass}>{r.verdict}</strong>
                </p>
                <p>
                  {labels.columns.assignee}
                  {labels.colon}
                  {r.assignee} · {labels.columns.city}
                  {labels.colon}
                  {r.city}
                </p>
                <p className="text-xs text-muted">{r.figures}</p>
                {r.failed ? (
                  <p className="text-xs font-semibold text-red-800" data-testid="queue-failed">
                    {r.failed}
                  </p>
                ) : null}
                {r.open ? (
                  <p className="text-xs font-semibold text-amber-800" data-testid="queue-open">
                    {r.open}
                  </p>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className="space-y-3 rounded border-2 border-gray-700 p-4" hidden={rows.length === 0}>
        <legend className="px-1 font-bold">{labels.legend}</legend>
        {frozen ? null : (
          <div className="space-y-1">
            <label htmlFor={field("to")} className="block font-semibold">
              {labels.to}
            </label>
            {errorOf("to") ? <p className="font-semibold text-red-700">{errorOf("to")}</p> : null}
            <select id={field("to")} name="to" defaultValue={values.to ?? ""} className={control}>
              <option value="">{labels.keep}</option>
              {statuses.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="space-y-1">
          <label htmlFor={field("assignee")} className="block font-semibold">
            {labels.assignee}
          </label>
          {errorOf("assignee") ? <p className="font-semibold text-red-700">{errorOf("assignee")}</p> : null}
          <select id={field("assignee")} name="assignee" defaultValue={values.assignee ?? ""} className={control}>
            <option value="">{labels.keepAssignee}</option>
            {assignees.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        {frozen ? null : (
          <div className="space-y-1">
            <label htmlFor={field("note")} className="block font-semibold">
              {labels.note}
            </label>
            {errorOf("note") ? <p className="font-semibold text-red-700">{errorOf("note")}</p> : null}
            <textarea
              id={field("note")}
              name="note"
              rows={3}
              defaultValue={values.note ?? ""}
              aria-invalid={errorOf("note") ? true : undefined}
              className={control}
            />
          </div>
        )}
        <SubmitButton
          label={labels.submit}
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        />
      </fieldset>
    </form>
  );
}
