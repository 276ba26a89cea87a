"use client";

import { useFormStatus } from "react-dom";

/** A submit button that cannot be pressed twice while its form is being sent. */
export function SubmitButton({ label, className }: { label: string; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={
        className ??
        "rounded bg-brand-700 px-5 py-3 font-semibold text-white shadow hover:bg-brand-800 disabled:opacity-60"
      }
    >
      {label}
    </button>
  );
}
