import { z } from "zod";
import { ZBooleanQuery } from "../../../../shared/contracts/common.ts";
import { ZOrganizationListQuery } from "../../../../shared/contracts/organizations.ts";
import { ZServiceListQuery } from "../../../../shared/contracts/services.ts";

/**
 * The router reads `?verified=true` and `?q=123` back as JSON (a boolean, a number); the API contracts
 * want the text the query string had, so the screen's URL schema turns them back into text first.
 */
const asText = (value: unknown) =>
  typeof value === "number" || typeof value === "boolean" ? String(value) : value;
const ZBooleanSearch = z.preprocess(asText, ZBooleanQuery.optional());

export const ZPartnerListSearch = ZOrganizationListQuery.extend({
  q: z.preprocess(asText, ZOrganizationListQuery.shape.q),
  verified: ZBooleanSearch,
  published: ZBooleanSearch,
});
export type PartnerListSearch = z.output<typeof ZPartnerListSearch>;

export const ZServiceListSearch = ZServiceListQuery.extend({
  q: z.preprocess(asText, ZServiceListQuery.shape.q),
  verified: ZBooleanSearch,
  published: ZBooleanSearch,
});
export type ServiceListSearch = z.output<typeof ZServiceListSearch>;

/** `/services/new?organization=…`: the organization the new service belongs to. */
export const ZNewServiceSearch = z.object({ organization: z.uuid().optional() });
export type NewServiceSearch = z.output<typeof ZNewServiceSearch>;
