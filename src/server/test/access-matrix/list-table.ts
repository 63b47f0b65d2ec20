import type { WorldTruth } from "./world-truth.ts";

type Item = Record<string, unknown>;

/** A list of one kind: its rows must be exactly the kind's VISIBLE ids for the caller. */
export interface FlatList {
  kind: string;
  /** The id of a row; `id` by default. */
  rowKey?: (item: Item) => string;
  /** For a CSV export: the JSON list with the same query, scope and rows (the CSV has no id column). */
  sameRowsAs?: string;
}

/** A list under one record (`{id}` in the path): exactly that record's children, and only if it is visible. */
export interface NestedList {
  parentKind: "organizations" | "memoranda" | "initiatives" | "practices" | "news";
  children: (world: WorldTruth, parentId: string) => string[];
}

/** A route whose rows are not compared as a list here; the reason says why (or where they are checked). */
export interface NotCompared {
  notCompared: string;
}

export type ListEntry = FlatList | NestedList | NotCompared;

const attachmentsOf = (world: WorldTruth, parentId: string) =>
  world.attachments.filter((a) => a.parentId === parentId).map((a) => a.id);

const SAME_AS_CSV =
  "the same rows as its .csv sibling (one scoped `sheet` function per list in list-export.routes.ts; " +
  "the registry PDF goes through the same listMemoranda), whose row count is checked";

/**
 * Every list route of the OpenAPI document, classified once. A list route missing here fails the test.
 * Documented defaults that hide rows from a list: none of these lists has one (news, practices and
 * reports show drafts and resolved rows unless `published` / `status` is given; the directory lists a
 * service once per location, so a service without a location is not in it).
 */
export const LIST_TABLE: Record<string, ListEntry> = {
  "GET /api/regions": { kind: "regions", rowKey: (item) => String(item.code) },
  "GET /api/service-categories": { kind: "serviceCategories", rowKey: (item) => String(item.code) },
  "GET /api/users": { kind: "users" },
  "GET /api/branches": { kind: "branches" },
  "GET /api/memoranda": { kind: "memoranda" },
  "GET /api/organizations": { kind: "organizations" },
  "GET /api/services": { kind: "services" },
  "GET /api/initiatives": { kind: "initiatives" },
  "GET /api/practices": { kind: "practices" },
  "GET /api/news": { kind: "news" },
  "GET /api/reports": { kind: "reports" },
  "GET /api/notifications": { kind: "notifications" },
  "GET /api/directory/search": {
    kind: "directory",
    rowKey: (item) => `${item.serviceId}/${item.locationId}`,
  },
  "GET /api/verification/due": { kind: "verificationDue", rowKey: (item) => `${item.kind}/${item.id}` },
  "GET /api/organizations/{id}/locations": {
    parentKind: "organizations",
    children: (world, id) => world.locations.filter((l) => l.organizationId === id).map((l) => l.id),
  },
  "GET /api/memoranda/{id}/attachments": { parentKind: "memoranda", children: attachmentsOf },
  "GET /api/initiatives/{id}/attachments": { parentKind: "initiatives", children: attachmentsOf },
  "GET /api/practices/{id}/attachments": { parentKind: "practices", children: attachmentsOf },
  "GET /api/news/{id}/attachments": { parentKind: "news", children: attachmentsOf },
  "GET /api/audit": {
    notCompared: "one record's history: checked per record by checkAudit (list-audit.ts), not as a flat list",
  },
  "GET /api/exports/organizations.csv": { kind: "organizations", sameRowsAs: "/api/organizations" },
  "GET /api/exports/services.csv": { kind: "services", sameRowsAs: "/api/services" },
  "GET /api/exports/memoranda.csv": { kind: "memoranda", sameRowsAs: "/api/memoranda" },
  "GET /api/exports/initiatives.csv": { kind: "initiatives", sameRowsAs: "/api/initiatives" },
  "GET /api/exports/organizations.xlsx": { notCompared: SAME_AS_CSV },
  "GET /api/exports/services.xlsx": { notCompared: SAME_AS_CSV },
  "GET /api/exports/memoranda.xlsx": { notCompared: SAME_AS_CSV },
  "GET /api/exports/initiatives.xlsx": { notCompared: SAME_AS_CSV },
  "GET /api/exports/memoranda.pdf": { notCompared: SAME_AS_CSV },
  "GET /api/analytics/population": {
    notCompared: "one figure per region (children counted by statistics), no record with an owner or a state",
  },
  "GET /api/analytics/coverage.csv": {
    notCompared: "counts per region and category over published services (coverage.test.ts), no records",
  },
  "GET /api/imports/spreadsheet/template.csv": { notCompared: "an empty template: a header row and no data" },
};

/**
 * Query parameters that could widen what a list returns, and the queries tried with each: the other
 * half's records and region, and every value of a state filter ("enum"). `other` is the half the caller
 * does not own (for the partner and the coordinator); its draft memorandum, its services, its partners.
 */
export interface OtherHalf {
  regionCode: string;
  organizationIds: string[];
  branchId: string;
  memorandumId: string;
  serviceId: string;
}
export type Probe = Record<string, string>;

export const WIDENING_PARAMS: Record<string, ((other: OtherHalf) => Probe[]) | "enum"> = {
  region: (other) => [{ region: other.regionCode }],
  serviceRegion: (other) => [{ serviceRegion: other.regionCode }],
  organization: (other) => other.organizationIds.map((organization) => ({ organization })),
  branch: (other) => [{ branch: other.branchId }],
  memorandum: (other) => [{ memorandum: other.memorandumId }],
  linkedId: (other) => [
    { linkedKind: "memorandum", linkedId: other.memorandumId },
    ...other.organizationIds.map((linkedId) => ({ linkedKind: "organization", linkedId })),
  ],
  entityId: (other) => [
    { entityKind: "service", entityId: other.serviceId },
    ...other.organizationIds.map((entityId) => ({ entityKind: "organization", entityId })),
  ],
  months: () => [{ months: "1" }],
  published: "enum",
  status: "enum",
  reviewState: "enum",
  lifecycle: "enum",
  kind: "enum",
  entityKind: "enum",
  linkedKind: "enum",
  organizationStatus: "enum",
  verified: "enum",
  unread: "enum",
  role: "enum",
};

/** Parameters that only narrow a scoped query (text, dates, vocabularies) or shape the page. */
export const NARROWING_PARAMS = new Set([
  "page",
  "perPage",
  "sort",
  "lang",
  "q",
  "scope",
  "signedFrom",
  "signedTo",
  "activeFrom",
  "activeTo",
  "from",
  "to",
  "type",
  "level",
  "targetGroup",
  "category",
  "ageBand",
  "age",
  "cost",
  "language",
  "organizationType",
  "tag",
  "locality",
  "lat",
  "lon",
  "radiusKm",
]);
