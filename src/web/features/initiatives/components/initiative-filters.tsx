import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { INITIATIVE_TYPES } from "../../../../shared/vocabulary.ts";
import { useFormat } from "../../../lib/format.ts";
import { regionsQueryOptions } from "../../../lib/regions.api.ts";
import { useSearchUpdate } from "../../../lib/search-params.ts";
import type { InitiativeListSearch } from "../api/initiatives.api.ts";

type Draft = { region: string; type: string; from: string; to: string };

const draftOf = (search: InitiativeListSearch): Draft => ({
  region: search.region ?? "",
  type: search.type ?? "",
  from: search.from ?? "",
  to: search.to ?? "",
});

/** Region, type and a date range; applied to the URL together, which sends the list back to page 1. */
export function InitiativeFilters({ search }: { search: InitiativeListSearch }) {
  const { t } = useTranslation();
  const format = useFormat();
  const update = useSearchUpdate<InitiativeListSearch>();
  const regions = useQuery(regionsQueryOptions());
  const [draft, setDraft] = useState<Draft>(() => draftOf(search));
  const { region, type, from, to } = search;
  useEffect(
    () => setDraft(draftOf({ region, type, from, to } as InitiativeListSearch)),
    [region, type, from, to],
  );
  const set = (key: keyof Draft) => (event: { target: { value: string } }) =>
    setDraft((previous) => ({ ...previous, [key]: event.target.value }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update({
      region: draft.region || undefined,
      type: (draft.type || undefined) as InitiativeListSearch["type"],
      from: draft.from || undefined,
      to: draft.to || undefined,
    });
  };
  return (
    <form className="filters" onSubmit={onSubmit} aria-label={t("app.initiatives.filters")}>
      <div className="field">
        <label className="field__label" htmlFor="initiatives-region">
          {t("app.initiatives.field.region")}
        </label>
        <select id="initiatives-region" value={draft.region} onChange={set("region")}>
          <option value="">{t("app.initiatives.filter.any_region")}</option>
          {(regions.data ?? []).map((region) => (
            <option key={region.code} value={region.code}>
              {format.text(region.name)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="initiatives-type">
          {t("app.initiatives.field.type")}
        </label>
        <select id="initiatives-type" value={draft.type} onChange={set("type")}>
          <option value="">{t("app.initiatives.filter.any_type")}</option>
          {INITIATIVE_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`app.initiatives.type.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="initiatives-from">
          {t("app.initiatives.filter.from")}
        </label>
        <input id="initiatives-from" type="date" value={draft.from} onChange={set("from")} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="initiatives-to">
          {t("app.initiatives.filter.to")}
        </label>
        <input id="initiatives-to" type="date" value={draft.to} onChange={set("to")} />
      </div>
      <button type="submit" className="button button--secondary">
        {t("app.action.apply")}
      </button>
    </form>
  );
}
