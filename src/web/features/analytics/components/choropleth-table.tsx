import { useTranslation } from "react-i18next";
import type { ChoroplethRegion } from "../lib/choropleth-model.ts";
import type { MetricUnit } from "../lib/coverage-metrics.ts";
import type { ListTarget } from "../lib/list-links.ts";
import { useMetricFormat } from "../lib/use-metric-format.ts";
import { ListLink } from "./list-link.tsx";

/** The map as a table: every region's figure, linked to the list behind it. */
export function ChoroplethTable({
  title,
  regions,
  unit,
  regionName,
  listFor,
}: {
  title: string;
  regions: readonly ChoroplethRegion[];
  unit: MetricUnit;
  regionName: (code: string) => string;
  listFor: (code: string) => ListTarget;
}) {
  const { t, i18n } = useTranslation();
  const format = useMetricFormat();
  const collator = new Intl.Collator(i18n.language);
  const rows = [...regions].sort((a, b) => collator.compare(regionName(a.code), regionName(b.code)));
  return (
    <details className="choropleth__table">
      <summary>{t("app.analytics.map.table_summary")}</summary>
      <table>
        <caption>{t("app.analytics.map.table_caption", { metric: title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("app.analytics.column.region")}</th>
            <th scope="col">{title}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((region) => (
            <tr key={region.code} data-region={region.code}>
              <th scope="row">{regionName(region.code)}</th>
              <td>
                {region.value === null ? (
                  format.value(unit, null)
                ) : (
                  <ListLink target={listFor(region.code)}>{format.value(unit, region.value)}</ListLink>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
