"use client";

import { ANSWER_WORDS } from "@/lib/criteria/facts/words";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { PROVINCES } from "@/lib/criteria/provinces";
import { UNKNOWN_OPTION, UNKNOWN_SUFFIX } from "@/lib/questionnaire/form-data";
import { CheckRow } from "./choice-inputs";
import type { ControlProps } from "./control-props";
import { describedBy, fieldId } from "./field-ids";
import { FieldFrame } from "./field-frame";
import { inputClass } from "./input-class";

/** Free text, a USCC, or a date; blank means not answered. */
export function TextControl({ field, value, onChange, onBlur, label, hint, error }: ControlProps) {
  const t = useTranslations("questionnaire");
  const words = ANSWER_WORDS[useLocale()];
  const [text, setText] = useState(typeof value === "string" ? value : "");
  const id = fieldId(field.path);
  const unknown = value === null;
  const isDate = field.kind === "date";
  const isCode = field.kind === "uscc";
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
        type={isDate ? "date" : "text"}
        autoComplete={field.path === "company.name" ? "organization" : "off"}
        spellCheck={isCode ? false : undefined}
        value={unknown ? "" : text}
        disabled={unknown}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(field.path, Boolean(hint), Boolean(error))}
        onChange={(e) => {
          const next = isCode ? e.target.value.toUpperCase() : e.target.value;
          setText(next);
          onChange(next.trim() === "" ? undefined : next.trim());
        }}
        onBlur={onBlur}
        className={`${inputClass(error)} ${isCode ? "max-w-sm font-mono tracking-wider" : isDate ? "max-w-xs" : "max-w-xl"}`}
      />
      {field.unknownAllowed ? (
        <div className="mt-2">
          <CheckRow
            id={`${id}-unknown`}
            name={`${field.path}${UNKNOWN_SUFFIX}`}
            label={words.unknown}
            checked={unknown}
            onChange={(on) => onChange(on ? null : text.trim() || undefined)}
          />
        </div>
      ) : null}
    </FieldFrame>
  );
}

const UNKNOWN = UNKNOWN_OPTION;

/** The province, from GB/T 2260's list. */
export function ProvinceControl({ field, value, onChange, onBlur, label, hint, error }: ControlProps) {
  const t = useTranslations("questionnaire");
  const words = ANSWER_WORDS[useLocale()];
  const locale = useLocale();
  const id = fieldId(field.path);
  const selected = value === null ? UNKNOWN : typeof value === "string" ? value : "";
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
      <select
        id={id}
        name={field.path}
        value={selected}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(field.path, Boolean(hint), Boolean(error))}
        onChange={(e) => onChange(e.target.value === UNKNOWN ? null : e.target.value || undefined)}
        onBlur={onBlur}
        className={`${inputClass(error)} max-w-xs bg-white`}
      >
        <option value="">{t("selectPlaceholder")}</option>
        {Object.entries(PROVINCES).map(([code, name]) => (
          <option key={code} value={code}>
            {name[locale]}
          </option>
        ))}
        {field.unknownAllowed ? <option value={UNKNOWN}>{words.unknown}</option> : null}
      </select>
    </FieldFrame>
  );
}
