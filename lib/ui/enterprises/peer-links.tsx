import type { Locale } from "@/lib/i18n/locales";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { PeerScope } from "@/lib/enterprises/peer-scope";
import { filtersToSearch } from "@/lib/enterprises/query";
import { industryName, provinceName } from "./names";

type Props = { scope: PeerScope; locale: Locale; headingLevel: 3 | 4 };

/** The peer group as filters of the enterprise list: the same province and industry, then nationwide. */
export async function PeerLinks({ scope, locale, headingLevel }: Props) {
  const t = await getTranslations("enterprises.compare");
  const H = `h${headingLevel}` as const;
  const industry = industryName(scope.prefix, locale);
  const links = [
    {
      href: `/enterprises${filtersToSearch({ province: scope.provinceCode, industry: scope.prefix })}`,
      text: t("peersLink", { province: provinceName(scope.provinceCode, locale), industry, code: scope.prefix }),
    },
    {
      href: `/enterprises${filtersToSearch({ industry: scope.prefix })}`,
      text: t("nationalLink", { industry, code: scope.prefix }),
    },
  ];
  return (
    <>
      <H className="text-lg font-bold">{t("peersTitle")}</H>
      <ul className="list-disc space-y-1 pl-6" data-testid="peer-links">
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} className="text-brand-800 underline">
              {l.text}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
