import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { AGE_BANDS } from "../../../../shared/age-bands.ts";
import { COST_KINDS, ORGANIZATION_TYPES, SERVICE_STATUSES } from "../../../../shared/vocabulary.ts";
import { FilterSelect } from "../../../components/ui/filter-select.tsx";
import { useFormat } from "../../../lib/format.ts";
import { useSearchUpdate } from "../../../lib/search-params.ts";
import { serviceCategoriesQueryOptions } from "../api/services.api.ts";
import type { Labels } from "../lib/labels.ts";
import type { ServiceListSearch } from "../lib/partner-search.ts";

type Draft = {
  q: string;
  region: string;
  category: string;
  cost: string;
  ageBand: string;
  organizationType: string;
  status: string;
  verified: string;
};

function draftOf(search: ServiceListSearch): Draft {
  return {
    q: search.q ?? "",
    region: search.region?.[0] ?? "",
    category: search.category?.[0] ?? "",
    cost: search.cost?.[0] ?? "",
    ageBand: search.ageBand ?? "",
    organizationType: search.organizationType?.[0] ?? "",
    status: search.status ?? "",
    verified: search.verified === undefined ? "" : String(search.verified),
  };
}

/** Search and filters of the services list, written to the URL. */
export function ServiceFilters({ search, labels }: { search: ServiceListSearch; labels: Labels }) {
  const { t } = useTranslation();
  const format = useFormat();
  const update = useSearchUpdate<ServiceListSearch>();
  const categories = useQuery(serviceCategoriesQueryOptions());
  const [draft, setDraft] = useState(() => draftOf(search));
  useEffect(() => setDraft(draftOf(search)), [search]);
  const set = (key: keyof Draft) => (value: string) =>
    setDraft((previous) => ({ ...previous, [key]: value }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const one = <T,>(value: string) => (value ? [value as T] : undefined);
    update({
      q: draft.q.trim() || undefined,
      region: one(draft.region),
      category: one(draft.category),
      cost: one<(typeof COST_KINDS)[number]>(draft.cost),
      ageBand: (draft.ageBand || undefined) as ServiceListSearch["ageBand"],
      organizationType: one<(typeof ORGANIZATION_TYPES)[number]>(draft.organizationType),
      status: (draft.status || undefined) as ServiceListSearch["status"],
      verified: draft.verified === "" ? undefined : draft.verified === "true",
    });
  };
  return (
    <form className="filters" onSubmit={onSubmit} aria-label={t("app.services.filters")}>
      <div className="field">
        <label className="field__label" htmlFor="services-q">
          {t("app.services.filter.q")}
        </label>
        <input
          id="services-q"
          type="search"
          value={draft.q}
          onChange={(event) => set("q")(event.target.value)}
        />
      </div>
      <FilterSelect
        id="services-region"
        label={t("app.partners.location.region")}
        value={draft.region}
        onChange={set("region")}
        any={t("app.partners.filter.any_region")}
        options={labels.regions.map((region) => ({ value: region.code, label: labels.region(region.code) }))}
      />
      <FilterSelect
        id="services-category"
        label={t("app.services.field.categories")}
        value={draft.category}
        onChange={set("category")}
        any={t("app.services.filter.any_category")}
        options={(categories.data ?? []).map((category) => ({
          value: category.code,
          label: format.text(category.name),
        }))}
      />
      <FilterSelect
        id="services-cost"
        label={t("app.services.field.cost")}
        value={draft.cost}
        onChange={set("cost")}
        any={t("app.services.filter.any_cost")}
        options={COST_KINDS.map((value) => ({ value, label: labels.cost(value) }))}
      />
      <FilterSelect
        id="services-age-band"
        label={t("app.services.filter.age_band")}
        value={draft.ageBand}
        onChange={set("ageBand")}
        any={t("app.partners.filter.any_age")}
        options={AGE_BANDS.map((value) => ({ value, label: t(`app.analytics.age_band.${value}`) }))}
      />
      <FilterSelect
        id="services-organization-type"
        label={t("app.services.filter.organization_type")}
        value={draft.organizationType}
        onChange={set("organizationType")}
        any={t("app.partners.filter.any_type")}
        options={ORGANIZATION_TYPES.map((value) => ({ value, label: labels.type(value) }))}
      />
      <FilterSelect
        id="services-status"
        label={t("app.services.field.status")}
        value={draft.status}
        onChange={set("status")}
        any={t("app.partners.filter.any_status")}
        options={SERVICE_STATUSES.map((value) => ({ value, label: labels.serviceStatus(value) }))}
      />
      <FilterSelect
        id="services-verified"
        label={t("app.partners.filter.verified")}
        value={draft.verified}
        onChange={set("verified")}
        any={t("app.partners.filter.verified_any")}
        options={[
          { value: "true", label: t("app.partners.filter.verified_yes") },
          { value: "false", label: t("app.partners.filter.verified_no") },
        ]}
      />
      <button type="submit" className="button button--secondary">
        {t("app.action.apply")}
      </button>
    </form>
  );
}
