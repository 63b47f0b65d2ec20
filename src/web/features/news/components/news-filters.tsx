import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../lib/format.ts";
import { regionsQueryOptions } from "../../../lib/regions.api.ts";
import { useSearchUpdate } from "../../../lib/search-params.ts";
import { NEWS_STATES, type NewsSearch, type NewsState } from "../api/news.api.ts";

/** State, region and words; applied together, written to the URL (page back to 1). */
export function NewsFilters({ search, state }: { search: NewsSearch; state: NewsState }) {
  const { t } = useTranslation();
  const format = useFormat();
  const update = useSearchUpdate<NewsSearch>();
  const regions = useQuery(regionsQueryOptions());
  const [q, setQ] = useState(search.q ?? "");
  const [chosenState, setChosenState] = useState<NewsState>(state);
  const [region, setRegion] = useState(search.region?.[0] ?? "");
  useEffect(() => {
    setQ(search.q ?? "");
    setChosenState(state);
    setRegion(search.region?.[0] ?? "");
  }, [search.q, state, search.region]);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update({
      q: q.trim() || undefined,
      state: chosenState,
      region: region ? [region] : undefined,
    });
  };
  return (
    <form className="filters" onSubmit={onSubmit} aria-label={t("app.news.filters")}>
      <div className="field">
        <label className="field__label" htmlFor="news-state">
          {t("app.news.filter.state")}
        </label>
        <select
          id="news-state"
          value={chosenState}
          onChange={(event) => setChosenState(event.target.value as NewsState)}
        >
          {NEWS_STATES.map((value) => (
            <option key={value} value={value}>
              {t(`app.news.state.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="news-region">
          {t("app.news.field.region")}
        </label>
        <select id="news-region" value={region} onChange={(event) => setRegion(event.target.value)}>
          <option value="">{t("app.news.filter.any_region")}</option>
          {(regions.data ?? []).map((option) => (
            <option key={option.code} value={option.code}>
              {format.text(option.name)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="news-q">
          {t("app.news.filter.q")}
        </label>
        <input id="news-q" type="search" value={q} onChange={(event) => setQ(event.target.value)} />
      </div>
      <button type="submit" className="button button--secondary">
        {t("app.action.apply")}
      </button>
    </form>
  );
}
