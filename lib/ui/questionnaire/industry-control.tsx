"use client";

import { ANSWER_WORDS } from "@/lib/criteria/facts/words";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { industries, industryPath, isKnownIndustryPrefix } from "@/lib/questionnaire/industries";
import { CheckRow } from "./choice-inputs";
import type { ControlProps } from "./control-props";
import { describedBy, fieldId } from "./field-ids";
import { FieldFrame } from "./field-frame";

const CODE = /^\s*([A-Ta-t]\d{2,4})\b/;

/**
 * The GB/T 4754 industry: a text box with the classification as suggestions (the browser's own
 * datalist: searchable by code or name, no script of ours). The code is what is saved.
 */
export function IndustryControl({ field, value, onChange, onBlur, label, hint, error }: ControlProps) {
  const t = useTranslations("questionnaire");
  const words = ANSWER_WORDS[useLocale()];
  const locale = useLocale() === "en" ? "en" : "zh";
  const [text, setText] = useState(() => {
    if (typeof value !== "string") return "";
    const last = industryPath(value).at(-1);
    return last ? `${value} ${last[locale]}` : value;
  });
  const id = fieldId(field.path);
  const unknown = value === null;
  const code = typeof value === "string" ? value : null;
  const path = code ? industryPath(code) : [];
  return (
    <FieldFrame
      path={field.path}
      label={label}
      hint={hint}
      error={error}
      errorPrefix={t("errorPrefix")}
      as="single"
      labelFor={id}
    >
      <input
        id={id}
        name={field.path}
        type="text"
        list={`${id}-list`}
        autoComplete="off"
        value={unknown ? "" : text}
        disabled={unknown}
        aria-invalid={error ? true : undefined}
        aria-describedby={[describedBy(field.path, Boolean(hint), Boolean(error)), `${id}-match`]
          .filter(Boolean)
          .join(" ")}
        onChange={(e) => {
          setText(e.target.value);
          const match = CODE.exec(e.target.value);
          onChange(match?.[1] ? match[1].toUpperCase() : e.target.value.trim() || undefined);
        }}
        onBlur={onBlur}
        className={`w-full max-w-xl rounded border-2 px-3 py-2 disabled:bg-gray-100 ${error ? "border-red-700" : "border-gray-700"}`}
      />
      <datalist id={`${id}-list`}>
        {industries
          .filter((i) => i.level !== "section")
          .map((i) => (
            <option key={i.code} value={`${i.code} ${i[locale]}`} />
          ))}
      </datalist>
      <p id={`${id}-match`} className="mt-2 text-sm text-muted">
        {code && path.length > 0
          ? t("industryMatch", { path: path.map((p) => `${p.code} ${p[locale]}`).join(" › ") })
          : null}
        {code && !isKnownIndustryPrefix(code) && /^[A-T]\d{2,4}$/.test(code) ? t("industryUnknown") : null}
      </p>
      {field.unknownAllowed ? (
        <CheckRow
          id={`${id}-unknown`}
          label={words.unknown}
          checked={unknown}
          onChange={(on) => onChange(on ? null : (CODE.exec(text)?.[1]?.toUpperCase() ?? (text.trim() || undefined)))}
        />
      ) : null}
    </FieldFrame>
  );
}
