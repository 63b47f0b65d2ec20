import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { REPORT_ENTITY_KINDS } from "../../../../shared/contracts/reports.ts";
import { useFormat } from "../../../lib/format.ts";
import { regionsQueryOptions } from "../../../lib/regions.api.ts";
import { useSearchUpdate } from "../../../lib/search-params.ts";
import { DUE_MONTHS, type QueueSearch, REPORT_STATUS_FILTERS } from "../api/verification.api.ts";

type Draft = { kind: string; status: string; region: string; months: string };

const draftOf = (search: QueueSearch): Draft => ({
  kind: search.kind ?? "",
  status: search.status,
  region: search.region?.[0] ?? "",
  months: String(search.months),
});

/** The filters of the list the queue shows; applied together and written to the URL. */
export function QueueFilters({ search }: { search: QueueSearch }) {
  const { t } = useTranslation();
  const format = useFormat();
  const update = useSearchUpdate<QueueSearch>();
  const regions = useQuery({ ...regionsQueryOptions(), enabled: search.tab === "due" });
  const [draft, setDraft] = useState<Draft>(draftOf(search));
  // biome-ignore lint/correctness/useExhaustiveDependencies: the URL's values are what reset the draft
  useEffect(() => setDraft(draftOf(search)), [search.kind, search.status, search.region, search.months]);
  const set = (key: keyof Draft) => (event: { target: { value: string } }) =>
    setDraft((previous) => ({ ...previous, [key]: event.target.value }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update({
      kind: (draft.kind || undefined) as QueueSearch["kind"],
      ...(search.tab === "reports"
        ? { status: draft.status as QueueSearch["status"] }
        : { region: draft.region ? [draft.region] : undefined, months: Number(draft.months) }),
    });
  };
  return (
    <form className="filters" onSubmit={onSubmit} aria-label={t("app.verification.filters")}>
      {search.tab === "reports" ? (
        <div className="field">
          <label className="field__label" htmlFor="queue-status">
            {t("app.verification.filter.status")}
          </label>
          <select id="queue-status" value={draft.status} onChange={set("status")}>
            {REPORT_STATUS_FILTERS.map((value) => (
              <option key={value} value={value}>
                {t(`app.verification.filter.status_${value}`)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field">
        <label className="field__label" htmlFor="queue-kind">
          {t("app.verification.filter.kind")}
        </label>
        <select id="queue-kind" value={draft.kind} onChange={set("kind")}>
          <option value="">{t("app.verification.filter.any_kind")}</option>
          {REPORT_ENTITY_KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`app.verification.kind.${value}`)}
            </option>
          ))}
        </select>
      </div>
      {search.tab === "due" ? (
        <>
          <div className="field">
            <label className="field__label" htmlFor="queue-region">
              {t("app.verification.filter.region")}
            </label>
            <select id="queue-region" value={draft.region} onChange={set("region")}>
              <option value="">{t("app.verification.filter.any_region")}</option>
              {(regions.data ?? []).map((region) => (
                <option key={region.code} value={region.code}>
                  {format.text(region.name)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="queue-months">
              {t("app.verification.filter.months")}
            </label>
            <select id="queue-months" value={draft.months} onChange={set("months")}>
              {DUE_MONTHS.map((months) => (
                <option key={months} value={String(months)}>
                  {t("app.verification.filter.months_value", { count: months })}
                </option>
              ))}
            </select>
          </div>
        </>
      ) : null}
      <button type="submit" className="button button--secondary">
        {t("app.action.apply")}
      </button>
    </form>
  );
}
