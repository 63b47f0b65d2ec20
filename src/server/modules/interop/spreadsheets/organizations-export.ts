import type { TOrganizationListQuery } from "../../../../shared/contracts/organizations.ts";
import { listOrganizations } from "../../organizations/organizations.repository.ts";
import {
  allPages,
  type ExportContext,
  joinCells,
  regionNames,
  textIn,
  translator,
} from "./export-context.ts";
import type { SheetTable } from "./spreadsheet-write.ts";

const HEADER_KEYS = [
  "app.partners.field.name",
  "app.partners.field.bin",
  "app.partners.field.type",
  "app.partners.field.level",
  "app.partners.field.regions",
  "app.partners.field.target_groups",
  "app.partners.field.email",
  "app.partners.field.phone",
  "app.partners.field.website",
  "app.partners.field.contact_name",
  "app.partners.field.contact_position",
  "app.partners.field.status",
  "app.partners.field.published",
  "app.partners.column.verified",
];

export async function organizationsSheet(
  ctx: ExportContext,
  query: TOrganizationListQuery,
): Promise<SheetTable> {
  const { db, principal, locale } = ctx;
  const t = translator(locale);
  const region = await regionNames(db, locale);
  const rows = await allPages((page, perPage) =>
    listOrganizations(db, principal, { ...query, page, perPage }),
  );
  return {
    headers: HEADER_KEYS.map((key) => t(key)),
    rows: rows.map((row) => [
      textIn(row.name, locale),
      row.bin,
      t(`site.organization.type.${row.type}`),
      t(`app.partners.level.${row.level}`),
      joinCells(row.regionsServed.map(region)),
      joinCells(row.targetGroups.map((group) => t(`site.target_group.${group}`))),
      row.email,
      row.phone,
      row.website,
      row.contactName,
      row.contactPosition,
      t(`app.partners.status.${row.status}`),
      t(row.published ? "analytics.export.yes" : "analytics.export.no"),
      row.lastVerifiedAt?.toISOString().slice(0, 10) ?? null,
    ]),
  };
}
