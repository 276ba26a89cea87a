"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { FilePicker } from "@/lib/ui/file-picker";

type Labels = {
  file: string;
  fileHint: string;
  ruleset: string;
  rulesetDefault: string;
  submit: string;
  pending: string;
  summaryTitle: string;
  errorPrefix: string;
  failed: string;
  tooLarge: string;
  choose: string;
  noFile: string;
};

/**
 * The upload of a file to screen. It posts to a route handler (`action`), which sends a plain post
 * on to the results (or back here with the refusal); with JavaScript it is sent by fetch, and the
 * results opened or the refusal shown in place. `error` is what the page was sent back with.
 */
export function UploadForm({
  labels,
  action,
  rulesets,
  error: initialError,
  maxBytes,
}: {
  labels: Labels;
  action: string;
  rulesets: { id: string; title: string }[];
  error: string | null;
  maxBytes: number;
}) {
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);
  const router = useRouter();
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) summary.current?.focus();
  }, [error]);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    if (file instanceof File && file.size > maxBytes) return setError(labels.tooLarge);
    setPending(true);
    try {
      const response = await fetch(action, { method: "POST", body: data, headers: { Accept: "application/json" } });
      const body = (await response.json()) as { status?: string; message?: string; location?: string };
      if (body.status === "done" && body.location) return router.push(body.location);
      setError(body.message || labels.failed);
    } catch {
      setError(labels.failed);
    }
    setPending(false);
  }
  return (
    <form
      action={action}
      method="post"
      encType="multipart/form-data"
      onSubmit={submit}
      className="space-y-4"
      noValidate
    >
      {error ? (
        <div
          ref={summary}
          tabIndex={-1}
          role="alert"
          aria-labelledby="screening-summary"
          className="border-4 border-red-700 p-4 focus:outline-none"
        >
          <h2 id="screening-summary" className="mb-2 text-lg font-bold">
            {labels.summaryTitle}
          </h2>
          <a href="#screening-file" className="font-semibold break-words text-red-700 underline">
            {error}
          </a>
        </div>
      ) : null}
      <div>
        <label htmlFor="screening-file" className="mb-1 block font-semibold">
          {labels.file}
        </label>
        <p id="screening-file-hint" className="mb-1 text-sm text-muted">
          {labels.fileHint}
        </p>
        {error ? (
          <p id="screening-file-error" className="mb-1 font-semibold break-words text-red-700">
            <span className="sr-only">{`${labels.errorPrefix} `}</span>
            {error}
          </p>
        ) : null}
        <FilePicker
          id="screening-file"
          name="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          describedBy={`screening-file-hint${error ? " screening-file-error" : ""}`}
          words={{ choose: labels.choose, none: labels.noFile }}
        />
      </div>
      <div>
        <label htmlFor="screening-ruleset" className="mb-1 block font-semibold">
          {labels.ruleset}
        </label>
        <select
          id="screening-ruleset"
          name="ruleset"
          defaultValue=""
          className="w-full max-w-md rounded border-2 border-gray-700 px-3 py-2"
        >
          <option value="">{labels.rulesetDefault}</option>
          {rulesets.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? labels.pending : labels.submit}
      </button>
    </form>
  );
}
