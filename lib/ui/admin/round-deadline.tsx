import { getFormatter, getTranslations } from "next-intl/server";
import { daysLeft, type RoundStage } from "@/lib/admin/round-rules";
import { chinaToday } from "@/lib/criteria/today";

/**
 * "截止日期：…": a round's deadline with the days left (or overdue, in bold red) in China's dates,
 * until its list is approved.
 */
export async function RoundDeadline({ deadline, stage }: { deadline: string; stage: RoundStage }) {
  const words = await getTranslations("rounds");
  const line = (text: string) => words("detail.deadline", { deadline: text });
  const t = (key: "closed" | "today" | "overdue" | "left", values: Record<string, string | number>) =>
    line(words(`deadline.${key}`, values));
  const format = await getFormatter();
  const date = format.dateTime(new Date(`${deadline}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  if (stage === "approved") return <>{t("closed", { date })}</>;
  const days = daysLeft(deadline, chinaToday());
  if (days === 0) return <strong className="text-red-700">{t("today", { date })}</strong>;
  if (days < 0) return <strong className="text-red-700">{t("overdue", { date, days: -days })}</strong>;
  return <>{t("left", { date, days })}</>;
}
