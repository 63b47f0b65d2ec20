import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState, ErrorState, LoadingState } from "../../../components/ui/states.tsx";
import { useFormat } from "../../../lib/format.ts";
import { populationQueryOptions } from "../api/analytics.api.ts";
import { PopulationForm } from "./population-form.tsx";

/**
 * The child population per region that turns counts into figures per 10,000 children, with the year and
 * the source of each figure. Only those the API allows (admins) get the edit buttons.
 */
export function PopulationSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const population = useQuery(populationQueryOptions());
  const [editing, setEditing] = useState<string | null>(null);
  const row = population.data?.items.find((item) => item.regionCode === editing);
  return (
    <section aria-labelledby="analytics-population" className="analytics-section">
      <h2 id="analytics-population">{t("app.analytics.view.population")}</h2>
      <p>{t("app.analytics.population.intro")}</p>
      {population.isPending ? (
        <LoadingState />
      ) : population.isError ? (
        <ErrorState error={population.error} onRetry={() => population.refetch()} />
      ) : population.data.items.length === 0 ? (
        <EmptyState title={t("app.analytics.population.empty")} />
      ) : (
        <>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
          <section className="data-table__scroll" aria-labelledby="analytics-population" tabIndex={0}>
            <table>
              <caption>{t("app.analytics.population.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("app.analytics.column.region")}</th>
                  <th scope="col">{t("app.analytics.population.children")}</th>
                  <th scope="col">{t("app.analytics.population.year")}</th>
                  <th scope="col">{t("app.analytics.population.source")}</th>
                  {population.data.permissions.update ? (
                    <th scope="col">{t("app.analytics.population.actions")}</th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {population.data.items.map((item) => (
                  <tr key={item.regionCode} data-region={item.regionCode}>
                    <th scope="row">{format.text(item.regionName)}</th>
                    <td>
                      {item.children === null
                        ? t("app.analytics.population.not_entered")
                        : format.number(item.children)}
                    </td>
                    <td>{item.year ?? ""}</td>
                    <td>{item.source ?? ""}</td>
                    {population.data.permissions.update ? (
                      <td>
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => setEditing(item.regionCode)}
                          aria-label={t("app.analytics.population.edit_title", {
                            region: format.text(item.regionName),
                          })}
                        >
                          {t("app.analytics.population.edit")}
                        </button>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          {row ? <PopulationForm key={row.regionCode} row={row} onDone={() => setEditing(null)} /> : null}
        </>
      )}
    </section>
  );
}
