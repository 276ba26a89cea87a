"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ANSWER_WORDS, answerNumber } from "@/lib/criteria/facts/words";
import { INPUT_UNIT_WORDS } from "@/lib/criteria/units";
import { parseNumberText } from "@/lib/questionnaire/number-text";
import { UNKNOWN_SUFFIX } from "@/lib/questionnaire/form-data";
import { CheckRow } from "./choice-inputs";
import type { ControlProps } from "./control-props";
import { describedBy, fieldId } from "./field-ids";
import { FieldFrame } from "./field-frame";

const grouped = (kind: string) => kind === "money" || kind === "signedMoney";

function textOf(value: unknown, kind: string): string {
  if (typeof value === "number") return answerNumber(value, grouped(kind));
  return typeof value === "string" ? value : "";
}

/** A number typed as text (万元 with thousands separators), with its unit and "don't know". */
export function NumberControl({ field, value, onChange, onBlur, label, hint, error }: ControlProps) {
  const t = useTranslations("questionnaire");
  const words = ANSWER_WORDS[useLocale()];
  const locale = useLocale();
  const [text, setText] = useState(() => textOf(value, field.kind));
  const unknown = value === null;
  const id = fieldId(field.path);
  const integer = field.kind === "count" || field.kind === "number";
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
      <div className="flex max-w-xs items-center gap-2">
        <input
          id={id}
          name={field.path}
          type="text"
          inputMode={integer ? "numeric" : "decimal"}
          autoComplete="off"
          value={unknown ? "" : text}
          disabled={unknown}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(field.path, Boolean(hint), Boolean(error))}
          onChange={(e) => {
            setText(e.target.value);
            onChange(parseNumberText(e.target.value));
          }}
          onBlur={() => {
            const parsed = parseNumberText(text);
            if (typeof parsed === "number") setText(answerNumber(parsed, grouped(field.kind)));
            onBlur();
          }}
          className={`w-full rounded border-2 px-3 py-2 text-right tabular-nums disabled:bg-gray-100 ${error ? "border-red-700" : "border-gray-700"}`}
        />
        {field.unit ? <span className="shrink-0 text-muted">{INPUT_UNIT_WORDS[locale][field.unit]}</span> : null}
      </div>
      {field.unknownAllowed ? (
        <div className="mt-2">
          <CheckRow
            id={`${id}-unknown`}
            name={`${field.path}${UNKNOWN_SUFFIX}`}
            label={words.unknown}
            checked={unknown}
            onChange={(checked) => onChange(checked ? null : parseNumberText(text))}
          />
        </div>
      ) : null}
    </FieldFrame>
  );
}
