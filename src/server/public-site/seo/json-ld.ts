import type { COST_KINDS, Locale, ORGANIZATION_TYPES } from "../../../shared/vocabulary.ts";
import {
  administrativeAreas,
  compact,
  type JsonLdLocation,
  type JsonLdNode,
  type JsonLdText,
  languages,
  place,
  postalAddress,
  serializeJsonLd,
  textIn,
} from "./json-ld-parts.ts";

/** The fields of a service (TService from the API fits) that its JSON-LD uses. */
export interface JsonLdService {
  name: JsonLdText;
  description: JsonLdText;
  cost: (typeof COST_KINDS)[number];
  feesDescription: JsonLdText;
  languages: readonly string[];
  minAge: number | null;
  maxAge: number | null;
  email: string | null;
  phone: string | null;
  url: string | null;
  locations: readonly JsonLdLocation[];
}

/** The fields of an organization (TOrganization from the API fits) that its JSON-LD uses. */
export interface JsonLdOrganization {
  name: JsonLdText;
  type: (typeof ORGANIZATION_TYPES)[number];
  description: JsonLdText;
  bin: string | null;
  regionsServed: readonly string[];
  email: string | null;
  phone: string | null;
  website: string | null;
}

export interface JsonLdProvider {
  name: JsonLdText;
  /** Absolute URL of the organization's public page. */
  url: string;
}

const ORGANIZATION_SCHEMA_TYPES: Record<JsonLdOrganization["type"], string> = {
  state_institution: "GovernmentOrganization",
  private_centre: "Organization",
  public_foundation: "NGO",
  public_association: "NGO",
  republican_association: "NGO",
  sport_federation: "SportsOrganization",
  parents_association: "NGO",
};

/** Free and state-funded services cost the family nothing; a paid one states its fees when known. */
function offer(service: JsonLdService, locale: Locale): JsonLdNode {
  const fees = textIn(service.feesDescription, locale);
  if (service.cost === "paid") return compact({ "@type": "Offer", description: fees });
  return compact({ "@type": "Offer", price: "0", priceCurrency: "KZT", description: fees });
}

function audience(service: JsonLdService): JsonLdNode | undefined {
  if (service.minAge === null && service.maxAge === null) return undefined;
  return compact({
    "@type": "PeopleAudience",
    suggestedMinAge: service.minAge ?? undefined,
    suggestedMaxAge: service.maxAge ?? undefined,
  });
}

/**
 * schema.org `Service` for a public service page, as a string safe to put inside
 * `<script type="application/ld+json">`. Phone, address and languages sit on its ServiceChannel,
 * where schema.org defines them for a service.
 */
export function serviceJsonLd(
  service: JsonLdService,
  locale: Locale,
  url: string,
  provider?: JsonLdProvider,
): string {
  const phone =
    service.phone || service.email
      ? compact({
          "@type": "ContactPoint",
          telephone: service.phone ?? undefined,
          email: service.email ?? undefined,
        })
      : undefined;
  return serializeJsonLd(
    compact({
      "@context": "https://schema.org",
      "@type": "Service",
      "@id": `${url}#service`,
      url,
      name: textIn(service.name, locale),
      description: textIn(service.description, locale),
      provider: provider
        ? {
            "@type": "Organization",
            "@id": `${provider.url}#organization`,
            name: textIn(provider.name, locale),
            url: provider.url,
          }
        : undefined,
      areaServed: administrativeAreas(
        service.locations.map((location) => location.regionCode),
        locale,
      ),
      audience: audience(service),
      availableChannel: compact({
        "@type": "ServiceChannel",
        serviceUrl: service.url ?? undefined,
        servicePhone: phone,
        availableLanguage: languages(service.languages, locale),
        serviceLocation: service.locations.map((location) => place(location, locale)),
      }),
      offers: offer(service, locale),
    }),
  );
}

/** schema.org `Organization` (or NGO, GovernmentOrganization, SportsOrganization) for its public page. */
export function organizationJsonLd(
  org: JsonLdOrganization,
  locale: Locale,
  url: string,
  extra: { locations?: readonly JsonLdLocation[]; languages?: readonly string[] } = {},
): string {
  const [firstLocation] = extra.locations ?? [];
  const contactPoint =
    org.phone || org.email
      ? compact({
          "@type": "ContactPoint",
          telephone: org.phone ?? undefined,
          email: org.email ?? undefined,
          availableLanguage: languages(extra.languages ?? [], locale),
        })
      : undefined;
  return serializeJsonLd(
    compact({
      "@context": "https://schema.org",
      "@type": ORGANIZATION_SCHEMA_TYPES[org.type],
      "@id": `${url}#organization`,
      url,
      name: textIn(org.name, locale),
      description: textIn(org.description, locale),
      taxID: org.bin ?? undefined,
      telephone: org.phone ?? undefined,
      email: org.email ?? undefined,
      sameAs: org.website ? [org.website] : undefined,
      address: firstLocation ? postalAddress(firstLocation, locale) : undefined,
      location: (extra.locations ?? []).map((location) => place(location, locale)),
      areaServed: administrativeAreas(org.regionsServed, locale),
      contactPoint,
    }),
  );
}
