import { pickLocalized, type TLocalizedText } from "../../../shared/localized-text.ts";
import type { Locale } from "../../../shared/vocabulary.ts";
import { translate } from "../../i18n/translate.ts";
import type { LocationRow } from "../../modules/services/locations.repository.ts";
import { regionName } from "../components/format.ts";
import { Localized } from "../components/translation-note.tsx";

/** A position as a link to a map the visitor chooses to open; the page itself loads no map tiles. */
export function mapHref(latitude: number, longitude: number): string {
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=16/${latitude}/${longitude}`;
}

export function LocationList({ locations, locale }: { locations: LocationRow[]; locale: Locale }) {
  if (locations.length === 0) return null;
  const pick = (value: unknown) => pickLocalized(value as TLocalizedText | null, locale);
  return (
    <section aria-labelledby="locations-heading">
      <h2 id="locations-heading">{translate(locale, "site.service.locations")}</h2>
      <ul className="locations">
        {locations.map((location) => (
          <li key={location.id}>
            <address>
              {location.name ? (
                <>
                  <Localized text={pick(location.name)} locale={locale} />
                  <br />
                </>
              ) : null}
              <Localized text={pick(location.address)} locale={locale} />
              {", "}
              <Localized text={pick(location.locality)} locale={locale} />
              {location.postalCode ? `, ${location.postalCode}` : null}
              {pick(location.locality)?.text === regionName(location.regionCode, locale)
                ? null
                : `, ${regionName(location.regionCode, locale)}`}
            </address>
            {location.latitude !== null && location.longitude !== null ? (
              <a href={mapHref(location.latitude, location.longitude)} rel="noopener">
                {translate(locale, "site.service.show_on_map", {
                  lat: location.latitude.toFixed(4),
                  lon: location.longitude.toFixed(4),
                })}
              </a>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
