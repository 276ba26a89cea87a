"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { ImportFormState } from "@/lib/admin/actions/import-actions";
import { FilePicker } from "@/lib/ui/file-picker";

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
  moreErrors: string;
  failed: string;
  tooLarge: string;
  choose: string;
  noFile: string;
};

const input = "w-full max-w-xs rounded border-2 border-gray-700 px-3 py-2";

/**
 * Upload of an official list: all rows or none; the refused rows are listed with their lines (the
 * first thousand, and how many more). The form posts to a route handler (`action`), which sends a
 * plain post back to the imports page with the result; with JavaScript it is sent by fetch and
 * the answer shown in place. `initial` is what the page was sent back with.
 */
export function ImportForm({
  labels,
  action,
  initial,
  defaults,
  maxBytes,
}: {
  labels: Labels;
  action: string;
  initial: ImportFormState;
  defaults: { batch: string; year: string };
  /** Said at once rather than after sending a file the server will refuse (it checks again). */
  maxBytes: number;
}) {
  const [state, setState] = useState<ImportFormState>(initial);
  const [pending, setPending] = useState(false);
  const router = useRouter();
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
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    if (file instanceof File && file.size > maxBytes) {
      setState({ status: "error", field: "file", message: labels.tooLarge });
      return;
    }
    setPending(true);
    try {
      const response = await fetch(action, {
        method: "POST",
        body: data,
        headers: { Accept: "application/json" },
      });
      const body = (await response.json()) as { status?: string; message?: string };
      if (body.status === "done" || body.status === "error") setState(body as ImportFormState);
      else setState({ status: "error", field: "file", message: body.message || labels.failed });
      if (response.ok) router.refresh(); // the list of recent imports
    } catch {
      setState({ status: "error", field: "file", message: labels.failed });
    } finally {
      setPending(false);
    }
  }
  const count = state.status === "done" ? state.errorCount : 0;
  return (
    <form
      action={action}
      method="post"
      encType="multipart/form-data"
      onSubmit={submit}
      className="space-y-4"
      noValidate
    >
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
          className={`border-l-8 p-4 focus:outline-none ${count ? "border-red-700 bg-red-50" : "border-green-700 bg-green-50"}`}
          data-testid="import-result"
        >
          <p className="font-bold">
            {(count ? labels.refused : labels.done)
              .replace("{file}", state.fileName)
              .replace("{imported}", String(state.imported))
              .replace("{updated}", String(state.updated))
              .replace("{count}", String(count))}
          </p>
          {state.errors.length ? (
            <ul className="mt-2 list-disc pl-6">
              {state.errors.map((e, i) => (
                <li
                  key={i}
                >{`${e.line === 0 ? labels.fileLevel : labels.line.replace("{line}", String(e.line))}：${e.message}`}</li>
              ))}
            </ul>
          ) : null}
          {count > state.errors.length ? (
            <p className="mt-2 font-semibold">
              {labels.moreErrors.replace("{count}", String(count - state.errors.length))}
            </p>
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
        <FilePicker
          id="import-file"
          name="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          describedBy={`import-file-hint${error("file") ? " import-file-error" : ""}`}
          words={{ choose: labels.choose, none: labels.noFile }}
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
          defaultValue={defaults.batch}
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
          defaultValue={defaults.year}
          inputMode="numeric"
          aria-describedby={error("year") ? "import-year-error" : undefined}
          className={input}
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {labels.submit}
      </button>
    </form>
  );
}
