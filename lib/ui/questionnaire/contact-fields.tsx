import { getLocale, getTranslations } from "next-intl/server";
import { CONTACT_FIELDS, CONTACT_KEYS, type StoredContact } from "@/lib/assessments/contact";
import type { Locale } from "@/lib/i18n/locales";
import { describedBy, fieldId } from "./field-ids";
import { FieldFrame } from "./field-frame";
import { inputClass } from "./input-class";

/**
 * The contact a reviewer may use, on the check page inside the submission form (so that pressing
 * submit never loses it): each field shows what was typed, and a message where it is not valid.
 * `mail`: whether this site sends e-mail (the e-mail field's help says what happens either way).
 */
export async function ContactFields({ contact, mail }: { contact: StoredContact; mail: boolean }) {
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  return (
    <fieldset className="mb-6" data-testid="contact">
      <legend className="mb-1 text-lg font-bold">{t("check.contactTitle")}</legend>
      <p className="mb-4 text-sm text-muted">{t("check.contactText")}</p>
      {CONTACT_KEYS.map((key) => {
        const field = CONTACT_FIELDS[key];
        const words = field.text[locale];
        const path = `contact.${key}`;
        const typed = contact.typed?.[key];
        return (
          <FieldFrame
            key={key}
            path={path}
            label={words.label}
            hint={(!mail && words.helpWithoutMail) || words.help}
            error={typed !== undefined ? words.invalid : undefined}
            errorPrefix={t("questionnaire.errorPrefix")}
            as="single"
            labelFor={fieldId(path)}
          >
            <input
              id={fieldId(path)}
              name={path}
              type={field.type}
              autoComplete={field.autoComplete}
              maxLength={field.maxLength}
              defaultValue={typed ?? contact[key] ?? ""}
              aria-invalid={typed !== undefined || undefined}
              aria-describedby={describedBy(path, true, typed !== undefined)}
              className={`${inputClass(typed !== undefined)} max-w-xl`}
            />
          </FieldFrame>
        );
      })}
    </fieldset>
  );
}
