/** The calendar day (YYYY-MM-DD) that `moment` falls on in `timeZone`, e.g. Asia/Almaty. */
export function dayIn(moment: Date, timeZone: string): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(moment);
}
