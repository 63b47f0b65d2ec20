import type { Locale } from "../../../../shared/vocabulary.ts";
import { hasKazakhIntl, kazakhMonth } from "../../../lib/kazakh-intl.ts";
import { INTL_LOCALES } from "../../../lib/locale.ts";
import type { MetricUnit } from "./coverage-metrics.ts";

export interface MetricFormat {
  /** A metric's value as the page writes it; null (no services, no population entered) is «–». */
  value(unit: MetricUnit, value: number | null): string;
  /** `2026-01` as «Jan 2026», «янв. 2026 г.», «2026 ж. қаң.». */
  month(yearMonth: string): string;
}

export const NO_FIGURE = "–";

/** Chromium's reduced ICU has no Kazakh: Kazakh groups digits like Russian (kazakh-intl.ts). */
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const tag = locale === "kk" && !hasKazakhIntl() ? "ru-RU" : INTL_LOCALES[locale];
  return new Intl.NumberFormat(tag, options);
}

export function metricFormatFor(locale: Locale): MetricFormat {
  const formats: Record<MetricUnit, Intl.NumberFormat> = {
    count: numberFormat(locale, { maximumFractionDigits: 0 }),
    percent: numberFormat(locale, { style: "percent", maximumFractionDigits: 0 }),
    per10k: numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  };
  const kazakhFallback = locale === "kk" && !hasKazakhIntl();
  const months = new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    year: "numeric",
    month: "short",
    timeZone: "UTC",
  });
  return {
    value: (unit, value) =>
      value === null || !Number.isFinite(value) ? NO_FIGURE : formats[unit].format(value),
    month: (yearMonth) => {
      const date = new Date(`${yearMonth}-01T00:00:00Z`);
      if (Number.isNaN(date.getTime())) return yearMonth;
      return kazakhFallback ? kazakhMonth(date) : months.format(date);
    },
  };
}
