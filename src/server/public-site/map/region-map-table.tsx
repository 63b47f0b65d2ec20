import type { Locale } from "../../../shared/vocabulary.ts";
import { translate } from "../../i18n/translate.ts";
import { formatCount, type RegionView } from "./region-map-model.ts";

/**
 * The map as a table of links, in a <details> so it costs no screen space until asked for and works
 * without JavaScript; screen-reader and keyboard users get the same regions, counts and links.
 */
export function RegionMapTable({ regions, locale }: { regions: readonly RegionView[]; locale: Locale }) {
  const collator = new Intl.Collator(locale);
  const rows = [...regions].sort((a, b) => collator.compare(a.name, b.name));
  return (
    <details className="region-map__table">
      <summary>{translate(locale, "site.map.table_summary")}</summary>
      <table>
        <caption>{translate(locale, "site.map.table_caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{translate(locale, "site.map.table_region")}</th>
            <th scope="col">{translate(locale, "site.map.table_count")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((region) => (
            <tr key={region.code} data-region={region.code}>
              <th scope="row">
                <a href={region.href} aria-current={region.selected ? "true" : undefined}>
                  {region.name}
                </a>
              </th>
              <td>{formatCount(locale, region.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
