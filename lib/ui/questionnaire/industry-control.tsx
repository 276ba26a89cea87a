"use client";

import { ANSWER_WORDS } from "@/lib/criteria/facts/words";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import {
  findIndustriesByName,
  findIndustry,
  industries,
  industryCodeByName,
  industryPath,
  isKnownIndustryPrefix,
} from "@/lib/questionnaire/industries";
import { UNKNOWN_SUFFIX } from "@/lib/questionnaire/form-data";
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
  // A listed code shows its own name; an unlisted one (C3239) only its code, never its group's name.
  const [text, setText] = useState(() => {
    if (typeof value !== "string") return "";
    const own = findIndustry(value);
    return own ? `${value} ${own[locale]}` : value;
  });
  const id = fieldId(field.path);
  const unknown = value === null;
  const code = typeof value === "string" && /^[A-T]\d{2,4}$/.test(value) ? value : null;
  const path = code ? industryPath(code) : [];
  // A name typed instead of a code: the closest industries, to pick from.
  const typedName = !unknown && code === null && text.trim() !== "" && !CODE.test(text) ? text : null;
  const suggestions = typedName ? findIndustriesByName(typedName, 6) : [];
  const pick = (picked: string) => {
    const item = findIndustry(picked);
    setText(item ? `${picked} ${item[locale]}` : picked);
    onChange(picked);
  };
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
          const named = match?.[1] ? null : industryCodeByName(e.target.value);
          onChange(match?.[1] ? match[1].toUpperCase() : (named ?? (e.target.value.trim() || undefined)));
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
          ? t("industryMatch", {
              path: [...path.map((p) => `${p.code} ${p[locale]}`), ...(findIndustry(code) ? [] : [code])].join(" › "),
            })
          : null}
        {code && path.length > 0 && !findIndustry(code) ? ` ${t("industryUnlisted", { code })}` : null}
        {code && !isKnownIndustryPrefix(code) && /^[A-T]\d{2,4}$/.test(code) ? t("industryUnknown") : null}
      </p>
      {suggestions.length > 0 ? (
        <div className="mt-2" data-testid="industry-suggestions">
          <p className="text-sm">{t("industrySuggestions")}</p>
          <ul className="mt-1 space-y-1">
            {suggestions.map((i) => (
              <li key={i.code}>
                <button type="button" className="text-left text-brand-800 underline" onClick={() => pick(i.code)}>
                  {`${i.code} ${i[locale]}`}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : typedName ? (
        <p className="mt-2 text-sm">{t("industryNoMatch")}</p>
      ) : null}
      {field.unknownAllowed ? (
        <CheckRow
          id={`${id}-unknown`}
          name={`${field.path}${UNKNOWN_SUFFIX}`}
          label={words.unknown}
          checked={unknown}
          onChange={(on) => onChange(on ? null : (CODE.exec(text)?.[1]?.toUpperCase() ?? (text.trim() || undefined)))}
        />
      ) : null}
    </FieldFrame>
  );
}
