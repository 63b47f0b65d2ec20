import type { TServiceListQuery } from "../../../../shared/contracts/services.ts";
import { listServiceCategories } from "../../services/service-categories.repository.ts";
import { listServices } from "../../services/services.repository.ts";
import {
  allPages,
  type ExportContext,
  joinCells,
  organizationNames,
  regionNames,
  textIn,
  translator,
} from "./export-context.ts";
import type { SheetTable } from "./spreadsheet-write.ts";

const HEADER_KEYS = [
  "app.services.field.name",
  "app.services.column.organization",
  "app.services.field.categories",
  "app.services.field.target_groups",
  "app.services.field.cost",
  "app.services.field.min_age",
  "app.services.field.max_age",
  "app.services.field.languages",
  "app.services.field.referral",
  "app.services.field.waitlist",
  "app.services.field.capacity",
  "app.services.field.state_funded_places",
  "app.partners.field.regions",
  "app.services.field.email",
  "app.services.field.phone",
  "app.services.field.url",
  "app.services.field.status",
  "app.services.field.published",
  "app.partners.column.verified",
];

export async function servicesSheet(ctx: ExportContext, query: TServiceListQuery): Promise<SheetTable> {
  const { db, principal, locale } = ctx;
  const t = translator(locale);
  const yesNo = (value: boolean) => t(value ? "analytics.export.yes" : "analytics.export.no");
  const rows = await allPages((page, perPage) => listServices(db, principal, { ...query, page, perPage }));
  const region = await regionNames(db, locale);
  const organization = await organizationNames(
    db,
    rows.map((row) => row.organizationId),
    locale,
  );
  const categories = new Map(
    (await listServiceCategories(db)).map((category) => [category.code, textIn(category.name, locale)]),
  );
  return {
    headers: HEADER_KEYS.map((key) => t(key)),
    rows: rows.map((row) => [
      textIn(row.name, locale),
      organization(row.organizationId),
      joinCells(row.categoryCodes.map((code) => categories.get(code) ?? code)),
      joinCells(row.targetGroups.map((group) => t(`site.target_group.${group}`))),
      t(`site.cost.${row.cost}`),
      row.minAge,
      row.maxAge,
      joinCells(row.languages.map((language) => t(`site.language.${language}`))),
      t(`site.referral.${row.referralRequirement}`),
      yesNo(row.hasWaitlist),
      row.capacity,
      row.stateFundedPlaces,
      joinCells([...new Set(row.locations.map((location) => location.regionCode))].map(region)),
      row.email,
      row.phone,
      row.url,
      t(`app.services.status.${row.status}`),
      yesNo(row.published),
      row.lastVerifiedAt?.toISOString().slice(0, 10) ?? null,
    ]),
  };
}
