"use client";

import { useState } from "react";

/**
 * A file input in the page's language: the browser's own button and "no file chosen" follow the
 * browser's language, not the page's. The native input stays (visually hidden, still focused and
 * operated through its label, so it works before JavaScript loads); a label styled as a button
 * opens it, and the chosen file's name is shown and announced.
 */
export function FilePicker({
  id,
  name,
  accept,
  describedBy,
  words,
}: {
  id: string;
  name: string;
  accept: string;
  describedBy?: string;
  words: { choose: string; none: string };
}) {
  const [fileName, setFileName] = useState<string | null>(null);
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <input
        id={id}
        name={name}
        type="file"
        accept={accept}
        aria-describedby={describedBy}
        className="peer sr-only"
        onChange={(e) => setFileName(e.currentTarget.files?.[0]?.name ?? null)}
      />
      <label
        htmlFor={id}
        className="cursor-pointer rounded border-2 border-gray-700 bg-white px-3 py-1.5 font-semibold peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-700 hover:bg-gray-100"
      >
        {words.choose}
      </label>
      <span className="min-w-0 text-sm break-all" aria-live="polite" data-testid={`${id}-name`}>
        {fileName ?? words.none}
      </span>
    </div>
  );
}
