import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { readResumeInput } from "@/lib/assessments/resume-input";
import { MessagePage } from "@/lib/ui/message-page";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Where the home page's "continue" form lands: find the token in what was pasted, or say why not. */
export default async function ResumePage({ searchParams }: Props) {
  const { link } = await searchParams;
  const found = readResumeInput(typeof link === "string" ? link : "");
  if (found.kind === "token") redirect(`/assess/resume/${found.token}`);
  const t = await getTranslations("resume");
  if (found.kind === "reference")
    return (
      <MessagePage
        title={t("referenceTitle")}
        text={t("referenceText", { reference: found.reference })}
        home={t("home")}
      />
    );
  return <MessagePage title={t("invalidTitle")} text={t("invalidText")} home={t("home")} />;
}
