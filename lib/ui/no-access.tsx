import { getTranslations } from "next-intl/server";
import { MessagePage } from "./message-page";

/** For an assessment this browser holds no token for: the resume link is the way in. */
export async function NoAccess() {
  const t = await getTranslations("resume");
  return <MessagePage title={t("noAccessTitle")} text={t("noAccessText")} home={t("home")} />;
}
