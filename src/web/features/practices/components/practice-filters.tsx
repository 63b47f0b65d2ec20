import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../lib/format.ts";
import { regionsQueryOptions } from "../../../lib/regions.api.ts";
import { useSearchUpdate } from "../../../lib/search-params.ts";
import type { PracticeListSearch } from "../api/practices.api.ts";

type Draft = { q: string; tag: string; region: string; published: string };

/** Words, a tag, a region (of origin or replication) and the publish state, applied to the URL together. */
export function PracticeFilters({ search }: { search: PracticeListSearch }) {
  const { t } = useTranslation();
  const format = useFormat();
  const update = useSearchUpdate<PracticeListSearch>();
  const regions = useQuery(regionsQueryOptions());
  const { q, tag, region, published } = search;
  const [draft, setDraft] = useState<Draft>({ q: "", tag: "", region: "", published: "" });
  useEffect(
    () =>
      setDraft({
        q: q ?? "",
        tag: tag ?? "",
        region: region ?? "",
        published: published === undefined ? "" : String(published),
      }),
    [q, tag, region, published],
  );
  const set = (key: keyof Draft) => (event: { target: { value: string } }) =>
    setDraft((previous) => ({ ...previous, [key]: event.target.value }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update({
      q: draft.q.trim() || undefined,
      tag: draft.tag.trim().toLowerCase() || undefined,
      region: draft.region || undefined,
      published: draft.published === "" ? undefined : draft.published === "true",
    });
  };
  return (
    <form className="filters" onSubmit={onSubmit} aria-label={t("app.practices.filters")}>
      <div className="field">
        <label className="field__label" htmlFor="practices-q">
          {t("app.practices.filter.q")}
        </label>
        <input id="practices-q" type="search" value={draft.q} onChange={set("q")} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="practices-tag">
          {t("app.practices.filter.tag")}
        </label>
        <input id="practices-tag" type="text" value={draft.tag} onChange={set("tag")} autoComplete="off" />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="practices-region">
          {t("app.practices.filter.region")}
        </label>
        <select id="practices-region" value={draft.region} onChange={set("region")}>
          <option value="">{t("app.practices.filter.any_region")}</option>
          {(regions.data ?? []).map((choice) => (
            <option key={choice.code} value={choice.code}>
              {format.text(choice.name)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="practices-published">
          {t("app.practices.field.status")}
        </label>
        <select id="practices-published" value={draft.published} onChange={set("published")}>
          <option value="">{t("app.practices.filter.any_status")}</option>
          <option value="true">{t("app.practices.status.published")}</option>
          <option value="false">{t("app.practices.status.draft")}</option>
        </select>
      </div>
      <button type="submit" className="button button--secondary">
        {t("app.action.apply")}
      </button>
    </form>
  );
}
