import type { TMemorandumListQuery } from "../../../../shared/contracts/memoranda.ts";
import { listMemoranda, type MemorandumRow } from "../../memoranda/memoranda.repository.ts";
import { listParties, type PartyRow } from "../../memoranda/memorandum-parties.repository.ts";
import {
  allPages,
  type ExportContext,
  joinCells,
  regionNames,
  textIn,
  translator,
} from "./export-context.ts";
import type { SheetTable } from "./spreadsheet-write.ts";

/** One memorandum of the registry with its parties, in the caller's language. */
export interface RegistryEntry {
  number: string | null;
  title: string;
  parties: string;
  regions: string;
  scope: string;
  signedDate: string | null;
  startDate: string | null;
  endDate: string | null;
  reviewState: string;
  lifecycle: string | null;
}

export const REGISTRY_HEADER_KEYS = [
  "app.memoranda.field.number",
  "app.memoranda.field.title",
  "app.memoranda.field.parties",
  "app.memoranda.field.region",
  "app.memoranda.field.scope",
  "app.memoranda.field.signed_date",
  "app.memoranda.field.start_date",
  "app.memoranda.field.end_date",
  "app.memoranda.field.review_state",
  "app.memoranda.field.lifecycle",
] as const;

/** Every memorandum the caller sees under the list's filters, in the list's order. */
export async function registryEntries(
  ctx: ExportContext,
  query: TMemorandumListQuery,
): Promise<RegistryEntry[]> {
  const { db, principal, locale, windowDays } = ctx;
  const t = translator(locale);
  const rows: MemorandumRow[] = await allPages((page, perPage) =>
    listMemoranda(db, principal, { ...query, page, perPage }, windowDays),
  );
  const region = await regionNames(db, locale);
  const parties = await listParties(
    db,
    rows.map((row) => row.id),
  );
  const partiesOf = new Map<string, PartyRow[]>();
  for (const party of parties)
    partiesOf.set(party.memorandumId, [...(partiesOf.get(party.memorandumId) ?? []), party]);
  return rows.map((row) => {
    const own = partiesOf.get(row.id) ?? [];
    const regionCodes = [...new Set(own.flatMap((party) => (party.regionCode ? [party.regionCode] : [])))];
    return {
      number: row.number,
      title: textIn(row.title, locale),
      parties: joinCells(own.map((party) => textIn(party.name, locale))),
      regions: joinCells(regionCodes.map(region)),
      scope: joinCells(row.scopeAreas.map((area) => t(`app.memoranda.scope.${area}`))),
      signedDate: row.signedDate,
      startDate: row.startDate,
      endDate: row.endDate,
      reviewState: t(`memoranda.review_state.${row.reviewState}`),
      lifecycle: row.lifecycle ? t(`memoranda.lifecycle.${row.lifecycle}`) : null,
    };
  });
}

export async function memorandaSheet(ctx: ExportContext, query: TMemorandumListQuery): Promise<SheetTable> {
  const t = translator(ctx.locale);
  const entries = await registryEntries(ctx, query);
  return {
    headers: REGISTRY_HEADER_KEYS.map((key) => t(key)),
    rows: entries.map((entry) => [
      entry.number,
      entry.title,
      entry.parties,
      entry.regions,
      entry.scope,
      entry.signedDate,
      entry.startDate,
      entry.endDate,
      entry.reviewState,
      entry.lifecycle,
    ]),
  };
}
