// Times as the offices read them: Beijing's clock, to the minute, "2026-12-03 07:40".
const minute = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

export const beijingMinute = (d: Date): string => minute.format(d);
