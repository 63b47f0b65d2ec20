import type { Locale } from "../../../shared/vocabulary.ts";
import type { Queryable } from "../../db/client.ts";
import { ANONYMOUS } from "../../http/principal.ts";
import { translate } from "../../i18n/translate.ts";
import { findVisibleOrganization } from "../../modules/organizations/organizations.repository.ts";
import { findVisibleService, type ServiceRecord } from "../../modules/services/services.repository.ts";
import { siteUrl } from "../seo/site-urls.ts";
import type { HelpCard } from "./help-card.model.ts";
import { buildEntry, type EntryOrganization } from "./help-card-entry.ts";
import { helpCardPath } from "./help-card-urls.ts";

/** Kazakhstan has one time zone (UTC+5) since 2024; the printed date is the family's date, not the server's. */
const TIME_ZONE = "Asia/Almaty";

export function printedDate(locale: Locale, now: Date): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: TIME_ZONE }).format(now);
}

/**
 * The card for `ids` as an anonymous visitor sees them: unknown, unpublished or hidden services are
 * skipped, the order asked is kept. `entries` is empty when none of them is visible.
 */
export async function loadHelpCard(
  db: Queryable,
  ids: readonly string[],
  locale: Locale,
  baseUrl: string,
  now: Date = new Date(),
): Promise<HelpCard> {
  const found = await Promise.all(ids.map((id) => findVisibleService(db, ANONYMOUS, id)));
  const services = found.filter((service): service is ServiceRecord => service !== undefined);
  const organizationIds = [...new Set(services.map((service) => service.organizationId))];
  const organizations = new Map<string, EntryOrganization>();
  for (const organization of await Promise.all(
    organizationIds.map((id) => findVisibleOrganization(db, ANONYMOUS, id)),
  )) {
    if (organization) organizations.set(organization.id, organization);
  }
  const shownIds = services.map((service) => service.id);
  return {
    locale,
    siteName: translate(locale, "site.name"),
    entries: services.map((service) =>
      buildEntry(service, organizations.get(service.organizationId), locale),
    ),
    skipped: ids.length - services.length,
    ids: shownIds,
    listUrl: siteUrl(baseUrl, helpCardPath(shownIds, locale)),
    printedOn: printedDate(locale, now),
  };
}
