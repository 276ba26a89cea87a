import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { MessagePage } from "@/lib/ui/message-page";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Where the home page's "continue" form lands: find the token in what was pasted, or say why not. */
export default async function ResumePage({ searchParams }: Props) {
  const { link } = await searchParams;
  const token =
    typeof link === "string" ? /(?:^|\/)([A-Za-z0-9_-]{43})(?:[/?#]|\s*$)/.exec(link.trim())?.[1] : undefined;
  if (token) redirect(`/assess/resume/${token}`);
  const t = await getTranslations("resume");
  return <MessagePage title={t("invalidTitle")} text={t("invalidText")} home={t("home")} />;
}
