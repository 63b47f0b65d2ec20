import type { TDirectorySearchResponse } from "../../../shared/contracts/directory.ts";
import type { TServiceCategory } from "../../../shared/contracts/services.ts";
import { pickLocalized } from "../../../shared/localized-text.ts";
import { COST_KINDS, type Locale, SERVICE_LANGUAGES, TARGET_GROUPS } from "../../../shared/vocabulary.ts";
import { translate } from "../../i18n/translate.ts";
import { regionsByName } from "../components/format.ts";
import { EMPTY_SEARCH, hasFilters, type SearchState, searchHref } from "./search-state.ts";

type Facet = TDirectorySearchResponse["facets"]["region"];

interface FiltersProps {
  state: SearchState;
  facets: TDirectorySearchResponse["facets"];
  categories: TServiceCategory[];
  locale: Locale;
}

/**
 * Counts say how many results an option gives with the other filters. Once a facet has a choice the
 * other options would count 0 under it, so only the chosen options keep a number then.
 */
function countFor(facet: Facet, key: string, chosen: readonly string[]): string {
  if (chosen.length > 0 && !chosen.includes(key)) return "";
  return ` (${facet.find((entry) => entry.key === key)?.count ?? 0})`;
}

/** The whole search as one GET form: works without JavaScript, and the URL it makes can be shared. */
export function SearchFilters({ state, facets, categories, locale }: FiltersProps) {
  const t = (key: string) => translate(locale, key);
  const checkbox = (name: string, value: string, chosen: readonly string[], label: string) => (
    <li key={value}>
      <label>
        <input type="checkbox" name={name} value={value} defaultChecked={chosen.includes(value)} />
        {` ${label}`}
      </label>
    </li>
  );
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is too new for older phone browsers; the role works everywhere
    <form className="search-form" method="get" action="/search" role="search">
      <label htmlFor="search-q">{t("site.search.label")}</label>
      <p className="hint" id="search-q-hint">
        {t("site.search.hint")}
      </p>
      <div className="search-box">
        <input id="search-q" type="search" name="q" defaultValue={state.q} aria-describedby="search-q-hint" />
        <button type="submit">{t("site.search.submit")}</button>
      </div>
      <details className="filters" open={hasFilters(state)}>
        <summary>{t("site.search.filters")}</summary>
        <div className="filters__grid">
          <p className="field">
            <label htmlFor="filter-region">{t("site.filter.region")}</label>
            <select id="filter-region" name="region" defaultValue={state.region[0] ?? ""}>
              <option value="">{t("site.filter.region_any")}</option>
              {regionsByName(locale).map((region) => (
                <option key={region.code} value={region.code}>
                  {`${region.name}${countFor(facets.region, region.code, state.region)}`}
                </option>
              ))}
            </select>
          </p>
          <p className="field">
            <label htmlFor="filter-locality">{t("site.filter.locality")}</label>
            <input id="filter-locality" type="text" name="locality" defaultValue={state.locality} />
          </p>
          <p className="field">
            <label htmlFor="filter-category">{t("site.filter.category")}</label>
            <select id="filter-category" name="category" defaultValue={state.category[0] ?? ""}>
              <option value="">{t("site.filter.category_any")}</option>
              {categories.map((category) => (
                <option key={category.code} value={category.code}>
                  {`${pickLocalized(category.name, locale)?.text ?? category.code}${countFor(facets.category, category.code, state.category)}`}
                </option>
              ))}
            </select>
          </p>
          <p className="field">
            <label htmlFor="filter-age">{t("site.filter.age")}</label>
            <input
              id="filter-age"
              type="number"
              name="age"
              min={0}
              max={25}
              inputMode="numeric"
              defaultValue={state.age ?? ""}
            />
          </p>
          <fieldset>
            <legend>{t("site.filter.target_group")}</legend>
            <ul className="choices">
              {TARGET_GROUPS.map((group) =>
                checkbox("targetGroup", group, state.targetGroup, t(`site.target_group.${group}`)),
              )}
            </ul>
          </fieldset>
          <fieldset>
            <legend>{t("site.filter.cost")}</legend>
            <ul className="choices">
              {COST_KINDS.map((cost) =>
                checkbox(
                  "cost",
                  cost,
                  state.cost,
                  `${t(`site.cost.${cost}`)}${countFor(facets.cost, cost, state.cost)}`,
                ),
              )}
            </ul>
          </fieldset>
          <fieldset>
            <legend>{t("site.filter.language")}</legend>
            <ul className="choices">
              {SERVICE_LANGUAGES.map((language) =>
                checkbox(
                  "language",
                  language,
                  state.language,
                  `${t(`site.language.${language}`)}${countFor(facets.language, language, state.language)}`,
                ),
              )}
            </ul>
          </fieldset>
        </div>
        <p className="filters__actions">
          <button type="submit">{t("site.search.apply")}</button>{" "}
          <a href={searchHref({ ...EMPTY_SEARCH, q: state.q })}>{t("site.search.reset")}</a>
        </p>
      </details>
    </form>
  );
}
