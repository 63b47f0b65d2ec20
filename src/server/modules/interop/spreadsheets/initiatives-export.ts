import type { TInitiativeListQuery } from "../../../../shared/contracts/initiatives.ts";
import { listInitiatives } from "../../initiatives/initiatives.repository.ts";
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
  "app.initiatives.field.title",
  "app.initiatives.field.type",
  "app.initiatives.field.region",
  "app.initiatives.field.start_date",
  "app.initiatives.field.end_date",
  "app.initiatives.reach.children",
  "app.initiatives.reach.parents",
  "app.initiatives.reach.specialists",
  "app.initiatives.field.partners",
  "app.initiatives.field.outcome",
];

export async function initiativesSheet(ctx: ExportContext, query: TInitiativeListQuery): Promise<SheetTable> {
  const { db, principal, locale } = ctx;
  const t = translator(locale);
  const rows = await allPages(async (page, perPage) => {
    const { records, total } = await listInitiatives(db, { ...query, page, perPage }, principal);
    return { rows: records, total };
  });
  const region = await regionNames(db, locale);
  const organization = await organizationNames(
    db,
    rows.flatMap((row) => row.organizationIds),
    locale,
  );
  return {
    headers: HEADER_KEYS.map((key) => t(key)),
    rows: rows.map((row) => [
      textIn(row.title, locale),
      t(`app.initiatives.type.${row.type}`),
      region(row.regionCode),
      row.startDate,
      row.endDate,
      row.reachChildren,
      row.reachParents,
      row.reachSpecialists,
      joinCells(row.organizationIds.map(organization)),
      textIn(row.outcome, locale),
    ]),
  };
}
