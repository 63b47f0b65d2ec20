import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { COST_KINDS, SERVICE_STATUSES } from "../../../../shared/vocabulary.ts";
import { useFormat } from "../../../lib/format.ts";
import { useSearchUpdate } from "../../../lib/search-params.ts";
import { serviceCategoriesQueryOptions } from "../api/services.api.ts";
import type { Labels } from "../lib/labels.ts";
import type { ServiceListSearch } from "../lib/partner-search.ts";

type Draft = { q: string; region: string; category: string; cost: string; status: string; verified: string };

function draftOf(search: ServiceListSearch): Draft {
  return {
    q: search.q ?? "",
    region: search.region?.[0] ?? "",
    category: search.category?.[0] ?? "",
    cost: search.cost?.[0] ?? "",
    status: search.status ?? "",
    verified: search.verified === undefined ? "" : String(search.verified),
  };
}

function Select(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  any: string;
  options: Array<{ value: string; label: string }>;
}) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={props.id}>
        {props.label}
      </label>
      <select id={props.id} value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        <option value="">{props.any}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
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
      <Select
        id="services-region"
        label={t("app.partners.location.region")}
        value={draft.region}
        onChange={set("region")}
        any={t("app.partners.filter.any_region")}
        options={labels.regions.map((region) => ({ value: region.code, label: labels.region(region.code) }))}
      />
      <Select
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
      <Select
        id="services-cost"
        label={t("app.services.field.cost")}
        value={draft.cost}
        onChange={set("cost")}
        any={t("app.services.filter.any_cost")}
        options={COST_KINDS.map((value) => ({ value, label: labels.cost(value) }))}
      />
      <Select
        id="services-status"
        label={t("app.services.field.status")}
        value={draft.status}
        onChange={set("status")}
        any={t("app.partners.filter.any_status")}
        options={SERVICE_STATUSES.map((value) => ({ value, label: labels.serviceStatus(value) }))}
      />
      <Select
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
