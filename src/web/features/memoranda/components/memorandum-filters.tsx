import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TOrganization } from "../../../../shared/contracts/organizations.ts";
import { LIFECYCLE_STATUSES, REVIEW_STATES } from "../../../../shared/vocabulary.ts";
import { api } from "../../../lib/api.ts";
import { useFormat } from "../../../lib/format.ts";
import { regionsQueryOptions } from "../../../lib/regions.api.ts";
import { useSearchUpdate } from "../../../lib/search-params.ts";
import type { MemorandumListSearch } from "../api/memoranda.api.ts";
import { PartnerPicker } from "./partner-picker.tsx";

type Search = MemorandumListSearch;

/** In force today: what the coverage dashboard counts as active memoranda without a period. */
const IN_FORCE = "active,expiring";

/** The chosen party filter by name, though the URL holds only its id. */
function PartyFilter({ organizationId }: { organizationId: string | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const update = useSearchUpdate<Search>();
  const chosen = useQuery({
    queryKey: ["organizations", "one", organizationId],
    queryFn: ({ signal }) =>
      api.get<TOrganization>(`/api/organizations/${organizationId}`, undefined, signal),
    enabled: Boolean(organizationId),
    staleTime: 5 * 60_000,
  });
  if (organizationId) {
    return (
      <div className="field party-filter">
        <span className="field__label">{t("app.memoranda.filter.party")}</span>
        <p className="party-filter__chosen">
          <span>{chosen.data ? format.text(chosen.data.name) : t("app.loading")}</span>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => update({ organization: undefined })}
          >
            {t("app.memoranda.filter.party_clear")}
          </button>
        </p>
      </div>
    );
  }
  return (
    <PartnerPicker
      label={t("app.memoranda.filter.party")}
      actionLabel={t("app.memoranda.filter.party_choose")}
      onPick={(organization) => update({ organization: organization.id })}
    />
  );
}

export function MemorandumFilters({ search }: { search: Search }) {
  const { t } = useTranslation();
  const format = useFormat();
  const update = useSearchUpdate<Search>();
  const regions = useQuery(regionsQueryOptions());
  const [q, setQ] = useState(search.q ?? "");
  const [region, setRegion] = useState(search.region ?? "");
  const [reviewState, setReviewState] = useState(search.reviewState ?? "");
  const [lifecycle, setLifecycle] = useState(search.lifecycle ?? "");
  const [activeFrom, setActiveFrom] = useState(search.activeFrom ?? "");
  const [activeTo, setActiveTo] = useState(search.activeTo ?? "");
  useEffect(() => {
    setQ(search.q ?? "");
    setRegion(search.region ?? "");
    setReviewState(search.reviewState ?? "");
    setLifecycle(search.lifecycle ?? "");
    setActiveFrom(search.activeFrom ?? "");
    setActiveTo(search.activeTo ?? "");
  }, [search.q, search.region, search.reviewState, search.lifecycle, search.activeFrom, search.activeTo]);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update({
      q: q.trim() || undefined,
      region: region || undefined,
      reviewState: reviewState || undefined,
      lifecycle: lifecycle || undefined,
      activeFrom: activeFrom || undefined,
      activeTo: activeTo || undefined,
    });
  };
  return (
    <div className="memo-filters">
      <form className="filters" onSubmit={onSubmit} aria-label={t("app.memoranda.filters")}>
        <div className="field">
          <label className="field__label" htmlFor="memoranda-q">
            {t("app.memoranda.filter.q")}
          </label>
          <input id="memoranda-q" type="search" value={q} onChange={(event) => setQ(event.target.value)} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="memoranda-region">
            {t("app.memoranda.filter.region")}
          </label>
          <select id="memoranda-region" value={region} onChange={(event) => setRegion(event.target.value)}>
            <option value="">{t("app.memoranda.filter.any_region")}</option>
            {(regions.data ?? []).map((item) => (
              <option key={item.code} value={item.code}>
                {format.text(item.name)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="memoranda-review">
            {t("app.memoranda.field.review_state")}
          </label>
          <select
            id="memoranda-review"
            value={reviewState}
            onChange={(event) => setReviewState(event.target.value)}
          >
            <option value="">{t("app.memoranda.filter.any_state")}</option>
            {REVIEW_STATES.map((value) => (
              <option key={value} value={value}>
                {t(`memoranda.review_state.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="memoranda-lifecycle">
            {t("app.memoranda.field.lifecycle")}
          </label>
          <select
            id="memoranda-lifecycle"
            value={lifecycle}
            onChange={(event) => setLifecycle(event.target.value)}
          >
            <option value="">{t("app.memoranda.filter.any_lifecycle")}</option>
            <option value={IN_FORCE}>{t("app.memoranda.filter.in_force")}</option>
            {LIFECYCLE_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(value === "expiring" ? "app.memoranda.filter.expiring" : `memoranda.lifecycle.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="memoranda-active-from">
            {t("app.memoranda.filter.active_from")}
          </label>
          <input
            id="memoranda-active-from"
            type="date"
            value={activeFrom}
            onChange={(event) => setActiveFrom(event.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="memoranda-active-to">
            {t("app.memoranda.filter.active_to")}
          </label>
          <input
            id="memoranda-active-to"
            type="date"
            value={activeTo}
            onChange={(event) => setActiveTo(event.target.value)}
          />
        </div>
        <button type="submit" className="button button--secondary">
          {t("app.action.apply")}
        </button>
      </form>
      <PartyFilter organizationId={search.organization} />
    </div>
  );
}
