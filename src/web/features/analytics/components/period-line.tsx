import { useTranslation } from "react-i18next";
import { useFormat } from "../../../lib/format.ts";

/** The period the figures cover, as the API applied it (the last 12 months when none is chosen). */
export function PeriodLine({ period }: { period: { from: string; to: string } }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <p className="analytics-as-of">
      {t("app.analytics.period", { from: format.date(period.from), to: format.date(period.to) })}
    </p>
  );
}
