"use client";

/** Opens the browser's print dialog; the print stylesheet makes the page an A4 report. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded border-2 border-gray-800 px-3 py-1 font-semibold"
    >
      {label}
    </button>
  );
}
