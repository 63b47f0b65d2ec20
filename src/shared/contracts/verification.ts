import { z } from "zod";
import { csvList, ZPageQuery, ZRegionCode } from "./common.ts";

export const VERIFIABLE_KINDS = ["service", "organization"] as const;

/**
 * Published, active listings whose last verification is missing or older than `months`; without `months`,
 * older than the platform's re-verification age (YNTYMAQ_VERIFICATION_MAX_AGE_DAYS).
 */
export const ZVerificationDueQuery = ZPageQuery.extend({
  months: z.coerce.number().int().min(1).max(120).optional(),
  kind: z.enum(VERIFIABLE_KINDS).optional(),
  /** Listings located in or serving one of these regions (within the caller's own scope). */
  region: csvList(ZRegionCode),
});
export type TVerificationDueQuery = z.infer<typeof ZVerificationDueQuery>;

const ZText = z.record(z.string(), z.string());

export const ZVerificationDueItem = z.object({
  kind: z.enum(VERIFIABLE_KINDS),
  id: z.string(),
  name: ZText,
  /** The organization itself, or the service's organization. */
  organizationId: z.string(),
  organizationName: ZText,
  lastVerifiedAt: z.string().nullable(),
  /** POST `/api/services/{id}/verify` or `/api/organizations/{id}/verify` marks it checked today. */
  permissions: z.object({ verify: z.boolean() }),
});
export type TVerificationDueItem = z.infer<typeof ZVerificationDueItem>;
