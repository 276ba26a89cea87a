import { getLocale, getTranslations } from "next-intl/server";
import { CONTACT_FIELDS, CONTACT_KEYS, hasContact, type Contact } from "@/lib/assessments/contact";
import type { Locale } from "@/lib/i18n/locales";

const href = { name: null, phone: "tel:", email: "mailto:" } as const;

/** Whom to contact about an assessment, for reviewers: each field named, phone and e-mail as links. */
export async function ContactLine({ contact }: { contact: Contact }) {
  const t = await getTranslations("admin.information");
  const locale = (await getLocale()) as Locale;
  if (!hasContact(contact)) return <p data-testid="contact">{t("noContact")}</p>;
  return (
    <dl className="flex flex-wrap gap-x-4 gap-y-1" data-testid="contact" aria-label={t("contact")}>
      {CONTACT_KEYS.filter((key) => contact[key]).map((key) => {
        const value = contact[key]!;
        const scheme = href[key];
        return (
          <div key={key} className="flex min-w-0 gap-1">
            <dt className="text-muted">{CONTACT_FIELDS[key].text[locale].label}</dt>
            <dd className="[overflow-wrap:anywhere]">
              {scheme ? (
                <a href={`${scheme}${value.replace(/\s/g, "")}`} className="text-brand-800 underline">
                  {value}
                </a>
              ) : (
                value
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
