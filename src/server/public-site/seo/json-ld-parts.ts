import type { TLocalizedText } from "../../../shared/localized-text.ts";
import { pickLocalized } from "../../../shared/localized-text.ts";
import type { Locale } from "../../../shared/vocabulary.ts";
import { REGION_SEEDS } from "../../modules/regions/regions.data.ts";

export type JsonLdText = TLocalizedText | Record<string, string> | null | undefined;
export type JsonLdNode = Record<string, unknown>;

/** The fields of a location (as stored or as presented by the API) that JSON-LD uses. */
export interface JsonLdLocation {
  name?: JsonLdText;
  regionCode: string;
  locality: JsonLdText;
  address: JsonLdText;
  postalCode: string | null;
  latitude: number | null;
  longitude: number | null;
}

export const textIn = (value: JsonLdText, locale: Locale): string | undefined =>
  pickLocalized(value as TLocalizedText | null | undefined, locale)?.text;

const regionName = (code: string, locale: Locale): string =>
  REGION_SEEDS.find((region) => region.code === code)?.name[locale] ?? code;

/** The regions as schema.org administrative areas of Kazakhstan. */
export function administrativeAreas(codes: readonly string[], locale: Locale): JsonLdNode[] {
  return [...new Set(codes)].map((code) => ({
    "@type": "AdministrativeArea",
    name: regionName(code, locale),
    identifier: code,
    containedInPlace: { "@type": "Country", name: "Kazakhstan", identifier: "KZ" },
  }));
}

export function postalAddress(location: JsonLdLocation, locale: Locale): JsonLdNode {
  return compact({
    "@type": "PostalAddress",
    streetAddress: textIn(location.address, locale),
    addressLocality: textIn(location.locality, locale),
    addressRegion: regionName(location.regionCode, locale),
    postalCode: location.postalCode ?? undefined,
    addressCountry: "KZ",
  });
}

export function place(location: JsonLdLocation, locale: Locale): JsonLdNode {
  const geo =
    location.latitude !== null && location.longitude !== null
      ? { "@type": "GeoCoordinates", latitude: location.latitude, longitude: location.longitude }
      : undefined;
  return compact({
    "@type": "Place",
    name: textIn(location.name, locale),
    address: postalAddress(location, locale),
    geo,
  });
}

/** Languages named in the page's language, with their ISO 639-1 code. */
export function languages(codes: readonly string[], locale: Locale): JsonLdNode[] {
  const names = new Intl.DisplayNames([locale], { type: "language" });
  return [...new Set(codes)].map((code) => ({
    "@type": "Language",
    name: names.of(code) ?? code,
    alternateName: code,
  }));
}

/** Drops undefined, null and empty-array members so the output carries only known facts. */
export function compact(node: JsonLdNode): JsonLdNode {
  return Object.fromEntries(
    Object.entries(node).filter(
      ([, value]) => value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0),
    ),
  );
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&` become \u escapes so no
 * text (e.g. a name containing `</script>`) can end the element, and U+2028/2029 are escaped too.
 */
export function serializeJsonLd(data: JsonLdNode): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
