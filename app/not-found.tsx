import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/lib/ui/message-page";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return <MessagePage title={t("title")} text={t("text")} home={t("home")} />;
}
