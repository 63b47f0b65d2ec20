import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ORGANIZATION_TYPES } from "../../../../shared/vocabulary.ts";
import { FilterSelect } from "../../../components/ui/filter-select.tsx";
import { useFormat } from "../../../lib/format.ts";
import { regionsQueryOptions } from "../../../lib/regions.api.ts";
import { useSearchUpdate } from "../../../lib/search-params.ts";
import { categoriesQueryOptions } from "../api/analytics.api.ts";
import type { AnalyticsSearch } from "../api/analytics-search.ts";

type Draft = { from: string; to: string; region: string; category: string; organizationType: string };

const draftOf = (search: AnalyticsSearch): Draft => ({
  from: search.from ?? "",
  to: search.to ?? "",
  region: search.region ?? "",
  category: search.category ?? "",
  organizationType: search.organizationType ?? "",
});

/** Period, region, category and organization type: every section reads them from the URL. */
export function AnalyticsFilters({
  search,
  scopeRegionCodes,
}: {
  search: AnalyticsSearch;
  /** Only these regions are offered (a coordinator's); null offers every region. */
  scopeRegionCodes: readonly string[] | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const update = useSearchUpdate<AnalyticsSearch>();
  const regions = useQuery(regionsQueryOptions());
  const categories = useQuery(categoriesQueryOptions());
  const [draft, setDraft] = useState(() => draftOf(search));
  useEffect(() => setDraft(draftOf(search)), [search]);
  const set = (key: keyof Draft) => (value: string) =>
    setDraft((previous) => ({ ...previous, [key]: value }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update({
      from: draft.from || undefined,
      to: draft.to || undefined,
      region: draft.region || undefined,
      category: draft.category || undefined,
      organizationType: (draft.organizationType || undefined) as AnalyticsSearch["organizationType"],
    });
  };
  return (
    <form className="filters analytics-filters" onSubmit={onSubmit} aria-label={t("app.analytics.filters")}>
      <div className="field">
        <label className="field__label" htmlFor="analytics-from">
          {t("app.analytics.filter.from")}
        </label>
        <input
          id="analytics-from"
          type="date"
          value={draft.from}
          onChange={(e) => set("from")(e.target.value)}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="analytics-to">
          {t("app.analytics.filter.to")}
        </label>
        <input id="analytics-to" type="date" value={draft.to} onChange={(e) => set("to")(e.target.value)} />
      </div>
      <FilterSelect
        id="analytics-region"
        label={t("app.analytics.filter.region")}
        value={draft.region}
        any={t("app.analytics.filter.any_region")}
        options={(regions.data ?? [])
          .filter((region) => scopeRegionCodes === null || scopeRegionCodes.includes(region.code))
          .map((region) => ({ value: region.code, label: format.text(region.name) }))}
        onChange={set("region")}
      />
      <FilterSelect
        id="analytics-category"
        label={t("app.analytics.filter.category")}
        value={draft.category}
        any={t("app.analytics.filter.any_category")}
        options={(categories.data ?? []).map((category) => ({
          value: category.code,
          label: format.text(category.name),
        }))}
        onChange={set("category")}
      />
      <FilterSelect
        id="analytics-organization-type"
        label={t("app.analytics.filter.organization_type")}
        value={draft.organizationType}
        any={t("app.analytics.filter.any_organization_type")}
        options={ORGANIZATION_TYPES.map((type) => ({
          value: type,
          label: t(`site.organization.type.${type}`),
        }))}
        onChange={set("organizationType")}
      />
      <button type="submit" className="button button--secondary">
        {t("app.action.apply")}
      </button>
    </form>
  );
}
