import { z } from "zod";
import { LOCALES } from "../vocabulary.ts";
import { ZPageQuery } from "./common.ts";

export const REPORT_ENTITY_KINDS = ["service", "organization"] as const;
export type ReportEntityKind = (typeof REPORT_ENTITY_KINDS)[number];
export const REPORT_STATUSES = ["open", "resolved"] as const;

export const REPORT_MESSAGE_MIN = 10;
export const REPORT_MESSAGE_MAX = 2000;
export const REPORT_CONTACT_MAX = 200;
export const REPORT_NOTE_MAX = 2000;

/** Empty form fields arrive as "", which means "not given". */
const emptyToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/** What a family sends from the public «report a problem» form. */
export const ZReportForm = z.object({
  message: z
    .string()
    .trim()
    .min(1) // an empty message is reported as missing, not as too short
    .min(REPORT_MESSAGE_MIN)
    .max(REPORT_MESSAGE_MAX)
    // The database counts characters, not UTF-16 units: five emoji are ten units but five characters.
    .refine((text) => [...text].length >= REPORT_MESSAGE_MIN, {
      message: "validation.too_small_string",
      params: { min: REPORT_MESSAGE_MIN },
    }),
  contact: z.preprocess(emptyToUndefined, z.string().trim().max(REPORT_CONTACT_MAX).optional()),
});
export type TReportForm = z.infer<typeof ZReportForm>;

export const ZReportResolve = z.object({ note: z.string().trim().min(1).max(REPORT_NOTE_MAX) }).strict();
export type TReportResolve = z.infer<typeof ZReportResolve>;

const ZText = z.record(z.string(), z.string());

export const ZReport = z.object({
  id: z.string(),
  entityKind: z.enum(REPORT_ENTITY_KINDS),
  entityId: z.string(),
  /** The reported service's or organization's name, null when it was deleted since. */
  entityName: ZText.nullable(),
  message: z.string(),
  /** How to reach the reporter; hidden from partners, who see the report but not who sent it. */
  contact: z.string().nullable(),
  locale: z.enum(LOCALES),
  status: z.enum(REPORT_STATUSES),
  resolutionNote: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  createdAt: z.string(),
  permissions: z.object({ resolve: z.boolean() }),
});
export type TReport = z.infer<typeof ZReport>;

export const ZReportListQuery = ZPageQuery.extend({
  status: z.enum(REPORT_STATUSES).optional(),
  entityKind: z.enum(REPORT_ENTITY_KINDS).optional(),
  entityId: z.uuid().optional(),
  sort: z.enum(["createdAt", "-createdAt"]).default("-createdAt"),
});
export type TReportListQuery = z.infer<typeof ZReportListQuery>;
