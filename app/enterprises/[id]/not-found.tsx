import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/lib/ui/message-page";

/** An enterprise id that names no designated enterprise: 404, in the reader's language. */
export default async function EnterpriseNotFound() {
  const t = await getTranslations("enterprises.firm");
  return <MessagePage title={t("notFoundTitle")} text={t("notFoundText")} home={t("back")} />;
}
