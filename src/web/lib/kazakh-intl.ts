/**
 * Kazakh dates and numbers where the browser's Intl has no Kazakh data: Chromium ships a reduced ICU
 * and formats `kk` as the root locale ("2026 M12 25", "1,234.5"). These follow CLDR's kk patterns,
 * which Node's full ICU produces: "2026 ж. 05 қаң.", "2026 ж. 05 қаң., 15:44", "1 234,5".
 */
const MONTHS_SHORT = [
  "қаң.",
  "ақп.",
  "нау.",
  "сәу.",
  "мам.",
  "мау.",
  "шіл.",
  "там.",
  "қыр.",
  "қаз.",
  "қар.",
  "жел.",
];

export function hasKazakhIntl(): boolean {
  const january = new Intl.DateTimeFormat("kk", { month: "short", timeZone: "UTC" }).format(
    Date.UTC(2026, 0, 15),
  );
  return january === MONTHS_SHORT[0];
}

function partsOf(date: Date, timeZone: string | undefined): Record<string, number> {
  const format = new Intl.DateTimeFormat("en-GB", {
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    hourCycle: "h23",
    ...(timeZone ? { timeZone } : {}),
  });
  return Object.fromEntries(
    format
      .formatToParts(date)
      .filter((part) => part.type !== "literal")
      .map((part) => [part.type, Number(part.value)]),
  );
}

export function kazakhDate(date: Date, timeZone?: string): string {
  const { year, month = 1, day } = partsOf(date, timeZone);
  return `${year} ж. ${String(day).padStart(2, "0")} ${MONTHS_SHORT[month - 1]}`;
}

export function kazakhDateTime(date: Date, timeZone?: string): string {
  const { hour = 0, minute = 0 } = partsOf(date, timeZone);
  return `${kazakhDate(date, timeZone)}, ${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

/** Kazakh and Russian group digits with a no-break space and use a decimal comma alike. */
export const kazakhNumberFormat = (): Intl.NumberFormat => new Intl.NumberFormat("ru-RU");

/** «2026 ж. қаң.»: a month of a year, as CLDR's kk yMMM pattern writes it. */
export function kazakhMonth(date: Date): string {
  return `${date.getUTCFullYear()} ж. ${MONTHS_SHORT[date.getUTCMonth()]}`;
}
