import { z } from "zod";
import { ZBooleanQuery } from "../../../../shared/contracts/common.ts";
import { AppError } from "../../../http/app-error.ts";
import { validationError } from "../../../http/validation-hook.ts";

// HSDS's `uuid` format is the 8-4-4-4-12 hex shape; Yntymaq's derived ids do not carry RFC version bits.
const ZHsdsId = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, {
  message: "validation.invalid_uuid",
});

export const HSDS_MAX_PER_PAGE = 100;

/** The query parameters of the HSDS 3.0 OpenAPI, one schema for every list endpoint. */
export const ZHsdsListQuery = z.object({
  search: z.string().trim().min(1).max(200).optional(),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  per_page: z.coerce.number().int().min(1).max(HSDS_MAX_PER_PAGE).default(50),
  format: z.enum(["json", "ndjson"]).default("json"),
  taxonomy_term_id: ZHsdsId.optional(),
  taxonomy_id: ZHsdsId.optional(),
  organization_id: ZHsdsId.optional(),
  modified_after: z.iso.datetime({ offset: true, local: true }).or(z.iso.date()).optional(),
  minimal: ZBooleanQuery.optional(),
  full: ZBooleanQuery.optional(),
  full_service: ZBooleanQuery.optional(),
  postcode: z.string().trim().min(1).max(20).optional(),
  proximity: z.coerce.number().positive().max(2_000_000).optional(),
  top_only: ZBooleanQuery.optional(),
  parent_id: ZHsdsId.optional(),
  lang: z.string().optional(),
});
export type THsdsListQuery = z.infer<typeof ZHsdsListQuery>;

/** Parses a request's query into the schema, or throws the translated 400 every route gives. */
export function parseHsdsQuery(query: Record<string, string>): THsdsListQuery {
  const result = ZHsdsListQuery.safeParse(query);
  if (!result.success) throw validationError(result.error);
  if (result.data.proximity !== undefined && result.data.postcode === undefined)
    throw AppError.validation("proximity", "hsds.problem.proximity_needs_postcode");
  return result.data;
}

/** `modified_after` as a timestamp PostgreSQL can compare with (a date alone means its midnight, UTC). */
export const modifiedAfterOf = (query: THsdsListQuery): Date | undefined =>
  query.modified_after === undefined
    ? undefined
    : new Date(
        query.modified_after.length === 10 ? `${query.modified_after}T00:00:00Z` : query.modified_after,
      );
