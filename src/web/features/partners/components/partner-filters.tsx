import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { AGE_BANDS } from "../../../../shared/age-bands.ts";
import { ORGANIZATION_TYPES, RECORD_STATUSES } from "../../../../shared/vocabulary.ts";
import { FilterSelect } from "../../../components/ui/filter-select.tsx";
import { useFormat } from "../../../lib/format.ts";
import { useSearchUpdate } from "../../../lib/search-params.ts";
import { serviceCategoriesQueryOptions } from "../api/services.api.ts";
import type { Labels } from "../lib/labels.ts";
import type { PartnerListSearch } from "../lib/partner-search.ts";

const boolText = (value: boolean | undefined) => (value === undefined ? "" : String(value));
const textBool = (value: string) => (value === "" ? undefined : value === "true");

/** Search and filters of the partners list; applying them writes the URL and goes back to page 1. */
export function PartnerFilters({ search, labels }: { search: PartnerListSearch; labels: Labels }) {
  const { t } = useTranslation();
  const update = useSearchUpdate<PartnerListSearch>();
  const format = useFormat();
  const categories = useQuery(serviceCategoriesQueryOptions());
  const hintId = useId();
  const initial = () => ({
    q: search.q ?? "",
    region: search.region?.[0] ?? "",
    type: search.type?.[0] ?? "",
    serviceRegion: search.serviceRegion?.[0] ?? "",
    category: search.category?.[0] ?? "",
    ageBand: search.ageBand ?? "",
    status: search.status ?? "",
    verified: boolText(search.verified),
  });
  const [draft, setDraft] = useState(initial);
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-read only when the URL changes
  useEffect(() => setDraft(initial()), [search]);
  const set = (key: keyof ReturnType<typeof initial>) => (event: { target: { value: string } }) =>
    setDraft((previous) => ({ ...previous, [key]: event.target.value }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update({
      q: draft.q.trim() || undefined,
      region: draft.region ? [draft.region] : undefined,
      type: draft.type ? [draft.type as (typeof ORGANIZATION_TYPES)[number]] : undefined,
      serviceRegion: draft.serviceRegion ? [draft.serviceRegion] : undefined,
      category: draft.category ? [draft.category] : undefined,
      ageBand: (draft.ageBand || undefined) as PartnerListSearch["ageBand"],
      status: (draft.status || undefined) as PartnerListSearch["status"],
      verified: textBool(draft.verified),
    });
  };
  return (
    <form className="filters" onSubmit={onSubmit} aria-label={t("app.partners.filters")}>
      <div className="field">
        <label className="field__label" htmlFor="partners-q">
          {t("app.partners.filter.q")}
        </label>
        <input id="partners-q" type="search" value={draft.q} onChange={set("q")} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="partners-region">
          {t("app.partners.field.regions")}
        </label>
        <select id="partners-region" value={draft.region} onChange={set("region")}>
          <option value="">{t("app.partners.filter.any_region")}</option>
          {labels.regions.map((region) => (
            <option key={region.code} value={region.code}>
              {labels.region(region.code)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="partners-type">
          {t("app.partners.field.type")}
        </label>
        <select id="partners-type" value={draft.type} onChange={set("type")}>
          <option value="">{t("app.partners.filter.any_type")}</option>
          {ORGANIZATION_TYPES.map((value) => (
            <option key={value} value={value}>
              {labels.type(value)}
            </option>
          ))}
        </select>
      </div>
      <FilterSelect
        id="partners-service-region"
        label={t("app.partners.filter.service_region")}
        value={draft.serviceRegion}
        onChange={(value) => setDraft((previous) => ({ ...previous, serviceRegion: value }))}
        any={t("app.partners.filter.any_region")}
        options={labels.regions.map((region) => ({ value: region.code, label: labels.region(region.code) }))}
        describedBy={hintId}
      />
      <FilterSelect
        id="partners-category"
        label={t("app.partners.filter.category")}
        value={draft.category}
        onChange={(value) => setDraft((previous) => ({ ...previous, category: value }))}
        any={t("app.services.filter.any_category")}
        options={(categories.data ?? []).map((category) => ({
          value: category.code,
          label: format.text(category.name),
        }))}
        describedBy={hintId}
      />
      <FilterSelect
        id="partners-age-band"
        label={t("app.partners.filter.age_band")}
        value={draft.ageBand}
        onChange={(value) => setDraft((previous) => ({ ...previous, ageBand: value }))}
        any={t("app.partners.filter.any_age")}
        options={AGE_BANDS.map((value) => ({ value, label: t(`app.analytics.age_band.${value}`) }))}
        describedBy={hintId}
      />
      <p id={hintId} className="visually-hidden">
        {t("app.partners.filter.services_hint")}
      </p>
      <div className="field">
        <label className="field__label" htmlFor="partners-status">
          {t("app.partners.field.status")}
        </label>
        <select id="partners-status" value={draft.status} onChange={set("status")}>
          <option value="">{t("app.partners.filter.any_status")}</option>
          {RECORD_STATUSES.map((value) => (
            <option key={value} value={value}>
              {labels.recordStatus(value)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="partners-verified">
          {t("app.partners.filter.verified")}
        </label>
        <select id="partners-verified" value={draft.verified} onChange={set("verified")}>
          <option value="">{t("app.partners.filter.verified_any")}</option>
          <option value="true">{t("app.partners.filter.verified_yes")}</option>
          <option value="false">{t("app.partners.filter.verified_no")}</option>
        </select>
      </div>
      <button type="submit" className="button button--secondary">
        {t("app.action.apply")}
      </button>
    </form>
  );
}
