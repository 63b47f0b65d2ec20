import { z } from "zod";
import { COMMITMENT_STATUSES, LIFECYCLE_STATUSES } from "../vocabulary.ts";
import { REPORT_ENTITY_KINDS } from "./reports.ts";

/** How many items each list on the home screen shows; the counts say how many there are in all. */
export const HOME_LIST_LIMIT = 5;

const ZText = z.record(z.string(), z.string());

/** Whose numbers these are: everything (admin, viewer), some regions (coordinator) or one organization. */
export const ZHomeScope = z.object({
  kind: z.enum(["all", "regions", "organization"]),
  regionCodes: z.array(z.string()),
  organizationId: z.string().nullable(),
});

export const ZHomeCounts = z.object({
  organizations: z.number().int(),
  services: z.number().int(),
  memorandaInForce: z.number().int(),
  memorandaInPreparation: z.number().int(),
  initiatives: z.number().int(),
  childrenReached: z.number().int(),
  expiringMemoranda: z.number().int(),
  overdueCommitments: z.number().int(),
  staleListings: z.number().int(),
  openReports: z.number().int(),
});

export const ZHomeMemorandum = z.object({
  id: z.string(),
  number: z.string().nullable(),
  title: ZText,
  endDate: z.string().nullable(),
  lifecycle: z.enum(LIFECYCLE_STATUSES).nullable(),
});

export const ZHomeCommitment = z.object({
  id: z.string(),
  memorandumId: z.string(),
  memorandumTitle: ZText,
  text: ZText,
  dueDate: z.string().nullable(),
  status: z.enum(COMMITMENT_STATUSES),
});

export const ZHomeListing = z.object({
  kind: z.enum(REPORT_ENTITY_KINDS),
  id: z.string(),
  name: ZText,
  lastVerifiedAt: z.string().nullable(),
});

export const ZHomeReport = z.object({
  id: z.string(),
  entityKind: z.enum(REPORT_ENTITY_KINDS),
  entityId: z.string(),
  entityName: ZText.nullable(),
  message: z.string(),
  createdAt: z.string(),
});

export const ZHome = z.object({
  scope: ZHomeScope,
  counts: ZHomeCounts,
  /** Soonest end first. */
  expiringMemoranda: z.array(ZHomeMemorandum),
  /** Longest overdue first. */
  overdueCommitments: z.array(ZHomeCommitment),
  /** Never verified first, then the oldest verification. */
  staleListings: z.array(ZHomeListing),
  /** Longest waiting first. */
  openReports: z.array(ZHomeReport),
});
export type THome = z.infer<typeof ZHome>;
export type THomeScope = z.infer<typeof ZHomeScope>;
