"use client";

import { useState } from "react";

/** Copies `text` to the clipboard and says so (politely, for screen readers). */
export function CopyButton({ text, label, done }: { text: string; label: string; done: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() =>
          navigator.clipboard?.writeText(text).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
        className="rounded border-2 border-gray-800 px-3 py-1 text-sm font-semibold"
      >
        {label}
      </button>
      <span role="status" className="text-sm text-muted">
        {copied ? done : ""}
      </span>
    </>
  );
}
