import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { TCoverage, TCoverageCell, TCoverageRegion } from "../../../../shared/contracts/analytics.ts";
import type { ORGANIZATION_TYPES } from "../../../../shared/vocabulary.ts";
import { useFormat } from "../../../lib/format.ts";
import { type CoverageMetric, METRIC_DEFINITIONS } from "../lib/coverage-metrics.ts";
import { listTargetFor } from "../lib/list-links.ts";
import { useMetricFormat } from "../lib/use-metric-format.ts";
import { ListLink } from "./list-link.tsx";

export interface CoverageMatrixProps {
  coverage: TCoverage;
  metric: CoverageMetric;
  metricLabel: string;
  organizationType?: (typeof ORGANIZATION_TYPES)[number] | undefined;
}

/**
 * Regions × service categories for one metric. Every figure links to the list behind it; a cell without
 * any service is a gap, marked by a word and a hatch, not by colour alone.
 */
export function CoverageMatrix(props: CoverageMatrixProps) {
  const { coverage, metric, metricLabel, organizationType } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const metricFormat = useMetricFormat();
  const captionId = useId();
  const definition = METRIC_DEFINITIONS[metric];
  const ofCell = definition.ofCell;
  const cells = new Map(coverage.cells.map((cell) => [`${cell.regionCode}|${cell.categoryCode}`, cell]));
  const categories = ofCell ? coverage.categories : [];

  const figure = (
    value: number | null,
    gap: boolean,
    region: TCoverageRegion,
    categoryCode: string | undefined,
    categoryName: string,
  ) => {
    const text = metricFormat.value(definition.unit, value);
    if (value === null && !gap) {
      return (
        <>
          <span aria-hidden="true">{text}</span>
          <span className="visually-hidden">{t("app.analytics.matrix.no_figure")}</span>
        </>
      );
    }
    const label = t(gap ? "app.analytics.matrix.gap_label" : "app.analytics.matrix.cell_label", {
      region: format.text(region.name),
      category: categoryName,
      metric: metricLabel,
    });
    const target = listTargetFor(definition.list, {
      regionCode: region.code,
      categoryCode,
      organizationType,
      ageBand: coverage.ageBand ?? undefined,
      period: coverage.period,
    });
    return (
      <>
        <ListLink target={target} context={label}>
          {text}
        </ListLink>
        {gap ? (
          <span className="gap-tag" aria-hidden="true">
            {t("app.analytics.matrix.gap")}
          </span>
        ) : null}
      </>
    );
  };

  const cellOf = (region: TCoverageRegion, categoryCode: string): TCoverageCell | undefined =>
    cells.get(`${region.code}|${categoryCode}`);

  return (
    <div className="coverage-matrix">
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="coverage-matrix__scroll" aria-labelledby={captionId} tabIndex={0}>
        <table>
          <caption id={captionId}>{t("app.analytics.matrix.caption", { metric: metricLabel })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("app.analytics.column.region")}</th>
              {categories.map((category) => (
                <th key={category.code} scope="col">
                  {format.text(category.name)}
                </th>
              ))}
              <th scope="col">{t("app.analytics.matrix.all_categories")}</th>
            </tr>
          </thead>
          <tbody>
            {coverage.regions.map((region) => (
              <tr key={region.code} data-region={region.code}>
                <th scope="row">{format.text(region.name)}</th>
                {categories.map((category) => {
                  const cell = cellOf(region, category.code);
                  const gap = cell?.gap ?? true;
                  return (
                    <td
                      key={category.code}
                      className={
                        gap ? "coverage-matrix__cell coverage-matrix__cell--gap" : "coverage-matrix__cell"
                      }
                      data-category={category.code}
                    >
                      {figure(
                        cell && ofCell ? ofCell(cell) : 0,
                        gap,
                        region,
                        category.code,
                        format.text(category.name),
                      )}
                    </td>
                  );
                })}
                <td
                  className={
                    region.gap ? "coverage-matrix__cell coverage-matrix__cell--gap" : "coverage-matrix__cell"
                  }
                  data-category="*"
                >
                  {figure(
                    definition.ofRegion(region),
                    region.gap,
                    region,
                    undefined,
                    t("app.analytics.matrix.all_categories"),
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {ofCell ? null : <p className="muted">{t("app.analytics.matrix.region_only")}</p>}
    </div>
  );
}
