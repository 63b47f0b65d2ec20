import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { TOrganization, TOrganizationMergeResult } from "../../../../shared/contracts/organizations.ts";
import { useFormat } from "../../../lib/format.ts";
import type { Labels } from "../lib/labels.ts";
import { EXACT } from "../lib/links.ts";

/** The two organizations side by side, so the person sees they are the same before merging. */
export function MergeComparison({
  kept,
  duplicate,
  labels,
}: {
  kept: TOrganization;
  duplicate: TOrganization;
  labels: Labels;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const none = t("app.partners.none");
  const rows: Array<{ key: string; label: string; value: (organization: TOrganization) => ReactNode }> = [
    { key: "name", label: t("app.partners.field.name"), value: (o) => format.text(o.name) },
    { key: "bin", label: t("app.partners.field.bin"), value: (o) => o.bin ?? none },
    { key: "type", label: t("app.partners.field.type"), value: (o) => labels.type(o.type) },
    {
      key: "regions",
      label: t("app.partners.field.regions"),
      value: (o) => o.regionsServed.map(labels.region).join(", ") || none,
    },
    { key: "email", label: t("app.partners.field.email"), value: (o) => o.email ?? none },
    { key: "phone", label: t("app.partners.field.phone"), value: (o) => o.phone ?? none },
  ];
  return (
    <div className="data-table">
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="data-table__scroll" aria-labelledby="merge-comparison" tabIndex={0}>
        <table>
          <caption id="merge-comparison">{t("app.partners.merge.comparison")}</caption>
          <thead>
            <tr>
              <td />
              <th scope="col">{t("app.partners.merge.kept")}</th>
              <th scope="col">{t("app.partners.merge.duplicate")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td>{row.value(kept)}</td>
                <td>{row.value(duplicate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

const MOVED_KINDS = [
  "services",
  "locations",
  "memorandumParties",
  "initiatives",
  "practices",
  "users",
  "newsLinks",
  "reports",
] as const;

/** What the merge did, in words: what moved, and where the two organizations now are. */
export function MergeResult({
  kept,
  duplicate,
  outcome,
}: {
  kept: TOrganization;
  duplicate: TOrganization;
  outcome: TOrganizationMergeResult;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const moved = MOVED_KINDS.filter((kind) => outcome.moved[kind] > 0);
  const names = { duplicate: format.text(duplicate.name), kept: format.text(kept.name) };
  return (
    <section aria-labelledby="merge-result" className="merge-result">
      <h2 id="merge-result">{t("app.partners.merge.result_title")}</h2>
      <p>{t("app.partners.merge.result_intro", names)}</p>
      {moved.length > 0 ? (
        <ul data-testid="merge-moved">
          {moved.map((kind) => (
            <li key={kind}>{t(`app.partners.merge.moved.${kind}`, { count: outcome.moved[kind] })}</li>
          ))}
        </ul>
      ) : (
        <p>{t("app.partners.merge.moved_nothing")}</p>
      )}
      <p className="form__actions">
        <Link to="/partners/$id" params={{ id: kept.id }} activeOptions={EXACT} className="button">
          {t("app.partners.merge.open_kept", names)}
        </Link>
        <Link
          to="/partners/$id"
          params={{ id: duplicate.id }}
          activeOptions={EXACT}
          className="button button--secondary"
        >
          {t("app.partners.merge.open_duplicate", names)}
        </Link>
      </p>
    </section>
  );
}
