import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { DEFAULT_LOCALE } from "../../../../shared/vocabulary.ts";
import { isLocale } from "../../../lib/locale.ts";
import { type MetricFormat, metricFormatFor } from "./metric-format.ts";

/** Metric values and months in the interface language; they change when the language does. */
export function useMetricFormat(): MetricFormat {
  const { i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
  return useMemo(() => metricFormatFor(locale), [locale]);
}
