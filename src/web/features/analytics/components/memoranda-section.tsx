import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { TMemorandaAnalytics } from "../../../../shared/contracts/analytics.ts";
import { ErrorState, LoadingState } from "../../../components/ui/states.tsx";
import { useFormat } from "../../../lib/format.ts";
import { regionsQueryOptions } from "../../../lib/regions.api.ts";
import { memorandaAnalyticsQueryOptions } from "../api/analytics.api.ts";
import type { AnalyticsSearch } from "../api/analytics-search.ts";
import { monthsBetween, perMonth } from "../lib/months.ts";
import { useMetricFormat } from "../lib/use-metric-format.ts";
import { BarChart } from "./charts/bar-chart.tsx";
import { ChartFigure } from "./charts/chart-figure.tsx";
import { MonthlyChart } from "./charts/monthly-chart.tsx";
import { ExpiringLists, OverdueByOwner } from "./memoranda-lists.tsx";
import { PeriodLine } from "./period-line.tsx";

type MemorandaSearch = {
  region?: string;
  reviewState?: string;
  lifecycle?: string;
  signedFrom?: string;
  signedTo?: string;
};

/** A count and its chart bar, linked to the memoranda list with the same filter. */
function StateChart(props: {
  title: string;
  header: string;
  items: Array<{ key: string; label: string; value: number; search?: MemorandaSearch }>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ChartFigure
      title={props.title}
      rowHeader={props.header}
      columns={[{ key: "count", header: t("app.analytics.column.count") }]}
      rows={props.items.map((item) => ({
        key: item.key,
        header: item.label,
        cells: {
          count: item.search ? (
            <Link to="/memoranda" search={item.search}>
              {format.number(item.value)}
            </Link>
          ) : (
            format.number(item.value)
          ),
        },
      }))}
    >
      <BarChart title={props.title} items={props.items} formatValue={format.number} />
    </ChartFigure>
  );
}

function SigningsCharts({ data, region }: { data: TMemorandaAnalytics; region: string | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const metricFormat = useMetricFormat();
  const regions = useQuery(regionsQueryOptions());
  const regionName = (code: string) =>
    format.text(regions.data?.find((item) => item.code === code)?.name) || code;
  const months = monthsBetween(data.period.from, data.period.to);
  const counts = perMonth(months, data.signings, (row) => row.count);
  const byRegion = new Map<string, number>();
  for (const row of data.signings)
    byRegion.set(row.regionCode, (byRegion.get(row.regionCode) ?? 0) + row.count);
  const regionItems = [...byRegion]
    .map(([code, value]) => ({ key: code, label: regionName(code), value }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  const monthsTitle = t("app.analytics.memoranda.signings_by_month");
  return (
    <>
      <ChartFigure
        title={monthsTitle}
        rowHeader={t("app.analytics.column.month")}
        columns={[{ key: "count", header: t("app.analytics.column.signed") }]}
        rows={months.map((month, index) => ({
          key: month,
          header: metricFormat.month(month),
          cells: { count: format.number(counts[index] ?? 0) },
        }))}
      >
        <MonthlyChart
          title={monthsTitle}
          months={months}
          monthLabel={metricFormat.month}
          series={[{ key: "signed", label: t("app.analytics.column.signed"), values: counts }]}
          formatValue={format.number}
        />
      </ChartFigure>
      <StateChart
        title={t("app.analytics.memoranda.signings_by_region")}
        header={t("app.analytics.column.region")}
        items={regionItems.map((item) => ({
          ...item,
          search: {
            region: item.key,
            reviewState: "signed",
            signedFrom: data.period.from,
            signedTo: data.period.to,
          },
        }))}
      />
      {region ? null : <p className="muted">{t("app.analytics.memoranda.signings_hint")}</p>}
    </>
  );
}

/** Memoranda in preparation and in force, signings over the period, what ends soon and what is overdue. */
export function MemorandaSection({ search }: { search: AnalyticsSearch }) {
  const { t } = useTranslation();
  const memoranda = useQuery(memorandaAnalyticsQueryOptions(search));
  const region = search.region;
  return (
    <section
      aria-labelledby="analytics-memoranda"
      className="analytics-section"
      aria-busy={memoranda.isFetching}
    >
      <h2 id="analytics-memoranda">{t("app.analytics.view.memoranda")}</h2>
      {memoranda.isPending ? (
        <LoadingState />
      ) : memoranda.isError ? (
        <ErrorState error={memoranda.error} onRetry={() => memoranda.refetch()} />
      ) : (
        <>
          <PeriodLine period={memoranda.data.period} />
          <div className="analytics-grid">
            <StateChart
              title={t("app.analytics.memoranda.pipeline")}
              header={t("app.memoranda.field.review_state")}
              items={memoranda.data.pipeline.map((row) => ({
                key: row.reviewState,
                label: t(`memoranda.review_state.${row.reviewState}`),
                value: row.count,
                search: { reviewState: row.reviewState, ...(region ? { region } : {}) },
              }))}
            />
            <StateChart
              title={t("app.analytics.memoranda.lifecycle")}
              header={t("app.memoranda.field.lifecycle")}
              items={memoranda.data.lifecycle.map((row) => ({
                key: row.status,
                label: t(`memoranda.lifecycle.${row.status}`),
                value: row.count,
                search: { lifecycle: row.status, ...(region ? { region } : {}) },
              }))}
            />
            <SigningsCharts data={memoranda.data} region={region} />
            <StateChart
              title={t("app.analytics.memoranda.commitments")}
              header={t("app.analytics.column.status")}
              items={memoranda.data.commitments.map((row) => ({
                key: row.status,
                label: t(`memoranda.commitment_status.${row.status}`),
                value: row.count,
              }))}
            />
            <ExpiringLists expiring={memoranda.data.expiring} />
            <OverdueByOwner data={memoranda.data} />
          </div>
        </>
      )}
    </section>
  );
}
