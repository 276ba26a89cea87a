"use client";

import { useLocale, useTranslations } from "next-intl";
import { ANSWER_WORDS } from "@/lib/criteria/facts/words";
import { NONE_SUFFIX, UNKNOWN_OPTION, UNKNOWN_SUFFIX } from "@/lib/questionnaire/form-data";
import { CheckRow, RadioList } from "./choice-inputs";
import type { ControlProps } from "./control-props";
import { fieldId } from "./field-ids";
import { FieldFrame } from "./field-frame";

const UNKNOWN = UNKNOWN_OPTION;

/** Yes / no / don't know; and single choices from a list (strings, or levels as numbers). */
export function RadioControl({ field, value, onChange, label, hint, error, options: optionWords = {} }: ControlProps) {
  const t = useTranslations("questionnaire");
  const words = ANSWER_WORDS[useLocale()];
  const base =
    field.kind === "flag"
      ? [
          { value: "true", label: words.yes },
          { value: "false", label: words.no },
        ]
      : (field.options ?? []).map((v) => ({ value: v, label: optionWords[v] ?? v }));
  const options = field.unknownAllowed ? [...base, { value: UNKNOWN, label: words.unknown }] : base;
  const selected = value === null ? UNKNOWN : value === undefined ? "" : String(value);
  const select = (v: string) => {
    if (v === UNKNOWN) onChange(null);
    else if (field.kind === "flag") onChange(v === "true");
    else if (field.kind === "level") onChange(Number(v));
    else onChange(v);
  };
  return (
    <FieldFrame path={field.path} label={label} hint={hint} error={error} errorPrefix={t("errorPrefix")} as="fieldset">
      <RadioList path={field.path} options={options} selected={selected} onSelect={select} />
    </FieldFrame>
  );
}

/** Any of the options; "none of these" and "don't know" are exclusive answers of their own. */
export function ChecklistControl({
  field,
  value,
  onChange,
  label,
  hint,
  error,
  options: optionWords = {},
}: ControlProps) {
  const t = useTranslations("questionnaire");
  const words = ANSWER_WORDS[useLocale()];
  const chosen = Array.isArray(value) ? (value as string[]) : [];
  const none = Array.isArray(value) && value.length === 0;
  const id = fieldId(field.path);
  const toggle = (option: string, on: boolean) => {
    const next = on ? [...chosen, option] : chosen.filter((c) => c !== option);
    onChange(next.length > 0 ? (field.options ?? []).filter((x) => next.includes(x)) : undefined);
  };
  return (
    <FieldFrame path={field.path} label={label} hint={hint} error={error} errorPrefix={t("errorPrefix")} as="fieldset">
      <div className="space-y-2">
        {(field.options ?? []).map((option, i) => (
          <CheckRow
            key={option}
            id={i === 0 ? id : `${id}-${option}`}
            name={field.path}
            value={option}
            label={optionWords[option] ?? option}
            checked={chosen.includes(option)}
            onChange={(on) => toggle(option, on)}
          />
        ))}
        <p className="py-1 text-muted">{t("or")}</p>
        <CheckRow
          id={`${id}-none`}
          name={`${field.path}${NONE_SUFFIX}`}
          label={words.noneOfThese}
          checked={none}
          onChange={(on) => onChange(on ? [] : undefined)}
        />
        {field.unknownAllowed ? (
          <CheckRow
            id={`${id}-unknown`}
            name={`${field.path}${UNKNOWN_SUFFIX}`}
            label={words.unknown}
            checked={value === null}
            onChange={(on) => onChange(on ? null : undefined)}
          />
        ) : null}
      </div>
    </FieldFrame>
  );
}
