"use client";

import { useActionState, useEffect, useRef } from "react";
import { importEnterprisesAction, type ImportFormState } from "@/lib/admin/actions/import-actions";
import { SubmitButton } from "@/lib/ui/submit-button";

type Labels = {
  file: string;
  fileHint: string;
  batch: string;
  batchHint: string;
  year: string;
  submit: string;
  summaryTitle: string;
  done: string;
  refused: string;
  line: string;
  fileLevel: string;
  errorPrefix: string;
};

const input = "w-full max-w-xs rounded border-2 border-gray-700 px-3 py-2";

/** Upload of an official list: all rows or none; every refused row is listed with its line. */
export function ImportForm({ labels }: { labels: Labels }) {
  const [state, action] = useActionState<ImportFormState, FormData>(importEnterprisesAction, { status: "idle" });
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== "idle") summary.current?.focus();
  }, [state]);
  const error = (field: string) => (state.status === "error" && state.field === field ? state.message : null);
  const fieldError = (field: string) =>
    error(field) ? (
      <p id={`import-${field}-error`} className="mb-1 font-semibold text-red-700">
        <span className="sr-only">{`${labels.errorPrefix} `}</span>
        {error(field)}
      </p>
    ) : null;
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.status === "error" ? (
        <div
          ref={summary}
          tabIndex={-1}
          role="alert"
          aria-labelledby="import-summary"
          className="border-4 border-red-700 p-4 focus:outline-none"
        >
          <h2 id="import-summary" className="mb-2 text-lg font-bold">
            {labels.summaryTitle}
          </h2>
          <a href={`#import-${state.field}`} className="font-semibold text-red-700 underline">
            {state.message}
          </a>
        </div>
      ) : null}
      {state.status === "done" ? (
        <div
          ref={summary}
          tabIndex={-1}
          role="status"
          className={`border-l-8 p-4 focus:outline-none ${state.errors.length ? "border-red-700 bg-red-50" : "border-green-700 bg-green-50"}`}
          data-testid="import-result"
        >
          <p className="font-bold">
            {(state.errors.length ? labels.refused : labels.done)
              .replace("{file}", state.fileName)
              .replace("{imported}", String(state.imported))
              .replace("{updated}", String(state.updated))
              .replace("{count}", String(state.errors.length))}
          </p>
          {state.errors.length ? (
            <ul className="mt-2 list-disc pl-6">
              {state.errors.map((e) => (
                <li
                  key={`${e.line}-${e.message}`}
                >{`${e.line === 0 ? labels.fileLevel : labels.line.replace("{line}", String(e.line))}：${e.message}`}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <div>
        <label htmlFor="import-file" className="mb-1 block font-semibold">
          {labels.file}
        </label>
        <p id="import-file-hint" className="mb-1 text-sm text-muted">
          {labels.fileHint}
        </p>
        {fieldError("file")}
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={`import-file-hint${error("file") ? " import-file-error" : ""}`}
          className="block"
        />
      </div>
      <div>
        <label htmlFor="import-batch" className="mb-1 block font-semibold">
          {labels.batch}
        </label>
        <p id="import-batch-hint" className="mb-1 text-sm text-muted">
          {labels.batchHint}
        </p>
        {fieldError("batch")}
        <input
          id="import-batch"
          name="batch"
          type="text"
          inputMode="numeric"
          aria-describedby={`import-batch-hint${error("batch") ? " import-batch-error" : ""}`}
          className={input}
        />
      </div>
      <div>
        <label htmlFor="import-year" className="mb-1 block font-semibold">
          {labels.year}
        </label>
        {fieldError("year")}
        <input
          id="import-year"
          name="year"
          type="text"
          inputMode="numeric"
          aria-describedby={error("year") ? "import-year-error" : undefined}
          className={input}
        />
      </div>
      <SubmitButton
        label={labels.submit}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      />
    </form>
  );
}
