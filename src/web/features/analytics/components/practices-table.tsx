import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { TInitiativesAnalytics } from "../../../../shared/contracts/analytics.ts";
import { EmptyState } from "../../../components/ui/states.tsx";
import { useFormat } from "../../../lib/format.ts";
import { regionsQueryOptions } from "../../../lib/regions.api.ts";

/** Best practices of the regions in scope, the most replicated first, with where they were taken up. */
export function PracticesTable({ practices }: { practices: TInitiativesAnalytics["practices"] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const regions = useQuery(regionsQueryOptions());
  const name = (code: string) =>
    format.text(regions.data?.find((region) => region.code === code)?.name) || code;
  return (
    <section aria-labelledby="analytics-practices" className="analytics-list">
      <h3 id="analytics-practices">{t("app.analytics.practices.title")}</h3>
      {practices.length === 0 ? (
        <EmptyState title={t("app.analytics.practices.empty")} />
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <section className="data-table__scroll" aria-labelledby="analytics-practices" tabIndex={0}>
          <table>
            <caption>{t("app.analytics.practices.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("app.analytics.practices.practice")}</th>
                <th scope="col">{t("app.analytics.column.region")}</th>
                <th scope="col">{t("app.analytics.practices.replications")}</th>
                <th scope="col">{t("app.analytics.practices.replicated_in")}</th>
              </tr>
            </thead>
            <tbody>
              {practices.map((practice) => (
                <tr key={practice.id}>
                  <th scope="row">
                    <Link to="/practices/$id" params={{ id: practice.id }}>
                      {format.text(practice.title)}
                    </Link>
                    {practice.published ? null : (
                      <span className="muted"> ({t("app.analytics.practices.unpublished")})</span>
                    )}
                  </th>
                  <td>{name(practice.regionCode)}</td>
                  <td>{format.number(practice.replications)}</td>
                  <td>{format.list(practice.replicatedIn.map(name))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}
