import { z } from "zod";
import { ZLocalizedText, ZOptionalLocalizedText } from "../localized-text.ts";
import { INITIATIVE_TYPES } from "../vocabulary.ts";
import { csvList, ZIsoDate, ZPageQuery, ZPermissions, ZRegionCode } from "./common.ts";

const MAX_REACH = 10_000_000;
const ZHeadcount = z.number().int().min(0).max(MAX_REACH);

export const ZReach = z.object({ children: ZHeadcount, parents: ZHeadcount, specialists: ZHeadcount });
export type TReach = z.infer<typeof ZReach>;

/** Duplicates are dropped, so sending the same id twice is harmless. */
const uniqueIds = (min: number, max: number) =>
  z
    .array(z.uuid())
    .min(min)
    .max(max)
    .transform((ids) => [...new Set(ids)]);

/** No defaults here: zod 4 applies defaults even inside `.partial()`, which would blank fields a PATCH left out. */
const ZInitiativeFields = z.object({
  type: z.enum(INITIATIVE_TYPES),
  title: ZLocalizedText(300),
  description: ZOptionalLocalizedText(5000).nullable(),
  outcome: ZOptionalLocalizedText(5000).nullable(),
  startDate: ZIsoDate,
  endDate: ZIsoDate.nullable(),
  regionCode: ZRegionCode,
  reach: ZReach,
  memorandumIds: uniqueIds(1, 20),
  organizationIds: uniqueIds(0, 50),
});

/** ISO dates compare correctly as strings. */
export const endsBeforeStart = (startDate?: string | null, endDate?: string | null): boolean =>
  Boolean(startDate && endDate && endDate < startDate);

export const ZInitiativeCreate = ZInitiativeFields.extend({
  description: ZInitiativeFields.shape.description.default(null),
  outcome: ZInitiativeFields.shape.outcome.default(null),
  endDate: ZInitiativeFields.shape.endDate.default(null),
  reach: ZReach.default({ children: 0, parents: 0, specialists: 0 }),
  organizationIds: ZInitiativeFields.shape.organizationIds.default([]),
})
  .strict()
  .superRefine((value, ctx) => {
    if (endsBeforeStart(value.startDate, value.endDate)) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "validation.end_before_start" });
    }
  });
export type TInitiativeCreate = z.input<typeof ZInitiativeCreate>;

/** Dates are checked against the stored ones by the service, since a patch may carry only one of them. */
export const ZInitiativeUpdate = ZInitiativeFields.partial()
  .extend({ version: z.number().int().min(1) })
  .strict();
export type TInitiativeUpdate = z.infer<typeof ZInitiativeUpdate>;

const ZText = z.record(z.string(), z.string());

export const ZInitiative = z.object({
  id: z.string(),
  type: z.enum(INITIATIVE_TYPES),
  title: ZText,
  description: ZText.nullable(),
  outcome: ZText.nullable(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  regionCode: z.string(),
  reach: ZReach,
  memorandumIds: z.array(z.string()),
  organizationIds: z.array(z.string()),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  permissions: ZPermissions,
});
export type TInitiative = z.infer<typeof ZInitiative>;

export const ZInitiativeListQuery = ZPageQuery.extend({
  region: csvList(ZRegionCode),
  type: csvList(z.enum(INITIATIVE_TYPES)),
  memorandum: z.uuid().optional(),
  organization: z.uuid().optional(),
  /** Initiatives still running on or after this date (end date, or start date when there is none). */
  from: ZIsoDate.optional(),
  /** Initiatives that started on or before this date. */
  to: ZIsoDate.optional(),
  sort: z.enum(["date", "-date", "createdAt", "-createdAt"]).default("-date"),
});
export type TInitiativeListQuery = z.infer<typeof ZInitiativeListQuery>;

export const ZInitiativePage = z.object({
  items: z.array(ZInitiative),
  total: z.number().int(),
  page: z.number().int(),
  perPage: z.number().int(),
  /** Sums over every initiative matching the filters, not just this page. */
  reachTotals: ZReach,
});
