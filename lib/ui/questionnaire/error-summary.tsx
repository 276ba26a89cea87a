"use client";

import { useTranslations } from "next-intl";
import { forwardRef } from "react";
import { fieldId } from "./field-ids";

export type SummaryItem = { path: string; message: string };

/** GOV.UK's error summary: focused after a failed submit, each item a link to its field. */
export const ErrorSummary = forwardRef<HTMLDivElement, { items: SummaryItem[] }>(function ErrorSummary({ items }, ref) {
  const t = useTranslations("questionnaire");
  if (items.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-8 border-4 border-red-700 p-4 focus:outline-none"
    >
      <h2 id="error-summary-title" className="mb-2 text-lg font-bold">
        {t("errorSummaryTitle")}
      </h2>
      <ul className="space-y-1">
        {items.map((item) => (
          <li key={item.path}>
            <a
              href={`#${fieldId(item.path)}`}
              className="font-semibold text-red-700 underline"
              onClick={(e) => {
                const target = document.getElementById(fieldId(item.path));
                if (!target) return;
                e.preventDefault();
                target.focus();
                target.scrollIntoView({ block: "center" });
              }}
            >
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
});
