import { z } from "zod";
import { AGE_BANDS } from "../age-bands.ts";
import { isValidBin } from "../bin.ts";
import { ZLocalizedText, ZOptionalLocalizedText } from "../localized-text.ts";
import { ORGANIZATION_LEVELS, ORGANIZATION_TYPES, RECORD_STATUSES, TARGET_GROUPS } from "../vocabulary.ts";
import { csvList, ZBooleanQuery, ZCategoryCode, ZPageQuery, ZPermissions, ZRegionCode } from "./common.ts";

/** 12 digits with a matching check digit; the format message wins so a typo is not called a checksum error. */
export const ZBin = z
  .string()
  .trim()
  .regex(/^\d{12}$/, { message: "validation.bin_format", abort: true })
  .refine(isValidBin, { message: "validation.bin_checksum" });

export const ZContactEmail = z.email().max(254);
export const ZContactPhone = z.string().trim().min(5).max(40);
export const ZWebUrl = z.url({ protocol: /^https?$/ }).max(500);

// Without defaults, so a PATCH that leaves a field out keeps its value.
const ZOrganizationFields = z.object({
  name: ZLocalizedText(300),
  type: z.enum(ORGANIZATION_TYPES),
  level: z.enum(ORGANIZATION_LEVELS),
  bin: ZBin.nullable(),
  regionsServed: z.array(ZRegionCode).max(20),
  email: ZContactEmail.nullable(),
  phone: ZContactPhone.nullable(),
  website: ZWebUrl.nullable(),
  contactName: z.string().trim().min(1).max(200).nullable(),
  contactPosition: z.string().trim().min(1).max(200).nullable(),
  targetGroups: z.array(z.enum(TARGET_GROUPS)).max(TARGET_GROUPS.length),
  description: ZOptionalLocalizedText(5000).nullable(),
  status: z.enum(RECORD_STATUSES),
  published: z.boolean(),
});
const fields = ZOrganizationFields.shape;

export const ZOrganizationCreate = ZOrganizationFields.extend({
  bin: fields.bin.default(null),
  regionsServed: fields.regionsServed.default([]),
  email: fields.email.default(null),
  phone: fields.phone.default(null),
  website: fields.website.default(null),
  contactName: fields.contactName.default(null),
  contactPosition: fields.contactPosition.default(null),
  targetGroups: fields.targetGroups.default([]),
  description: fields.description.default(null),
  status: fields.status.default("active"),
  published: fields.published.default(true),
}).strict();
export type TOrganizationCreate = z.input<typeof ZOrganizationCreate>;

export const ZOrganizationUpdate = ZOrganizationFields.partial()
  .extend({ version: z.number().int().min(1) })
  .strict();
export type TOrganizationUpdate = z.infer<typeof ZOrganizationUpdate>;

/** Fields only an admin may change; a partner editing its own profile may not. */
export const ADMIN_ONLY_ORGANIZATION_FIELDS = ["status", "published"] as const;

export const ZVerifiablePermissions = ZPermissions.extend({ verify: z.boolean() });
export type TVerifiablePermissions = z.infer<typeof ZVerifiablePermissions>;

/** `merge`: the caller may merge duplicates into this organization (the duplicate must be theirs too). */
export const ZOrganizationPermissions = ZVerifiablePermissions.extend({ merge: z.boolean() });
export type TOrganizationPermissions = z.infer<typeof ZOrganizationPermissions>;

export const ZOrganization = z.object({
  id: z.string(),
  name: z.record(z.string(), z.string()),
  type: z.enum(ORGANIZATION_TYPES),
  level: z.enum(ORGANIZATION_LEVELS),
  bin: z.string().nullable(),
  regionsServed: z.array(z.string()),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPosition: z.string().nullable(),
  targetGroups: z.array(z.enum(TARGET_GROUPS)),
  description: z.record(z.string(), z.string()).nullable(),
  status: z.enum(RECORD_STATUSES),
  published: z.boolean(),
  lastVerifiedAt: z.string().nullable(),
  isDemo: z.boolean(),
  /** The organization this one was merged into as a duplicate (it is archived then). */
  mergedIntoId: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  permissions: ZOrganizationPermissions,
});
export type TOrganization = z.infer<typeof ZOrganization>;

/**
 * Merges the duplicate into the organization of the path: everything that refers to the duplicate moves to
 * it, and the duplicate is archived with a pointer to it. `version` is the kept organization's version.
 */
export const ZOrganizationMerge = z
  .object({ duplicateId: z.uuid(), version: z.number().int().min(1) })
  .strict();
export type TOrganizationMerge = z.infer<typeof ZOrganizationMerge>;

/** What moved from the duplicate, so the UI can say what the merge did. */
export const ZOrganizationMergeResult = z.object({
  organization: ZOrganization,
  moved: z.object({
    services: z.number().int(),
    locations: z.number().int(),
    memorandumParties: z.number().int(),
    initiatives: z.number().int(),
    practices: z.number().int(),
    users: z.number().int(),
    newsLinks: z.number().int(),
    reports: z.number().int(),
  }),
});
export type TOrganizationMergeResult = z.infer<typeof ZOrganizationMergeResult>;

export const ZOrganizationListQuery = ZPageQuery.extend({
  q: z.string().trim().max(200).optional(),
  region: csvList(ZRegionCode),
  type: csvList(z.enum(ORGANIZATION_TYPES)),
  level: csvList(z.enum(ORGANIZATION_LEVELS)),
  targetGroup: csvList(z.enum(TARGET_GROUPS)),
  status: z.enum(RECORD_STATUSES).optional(),
  published: ZBooleanQuery.optional(),
  verified: ZBooleanQuery.optional(),
  /**
   * What the organization offers, as the coverage matrix counts partners: it has one active service that
   * meets all of these at once — a location in one of `serviceRegion` (not `region`, the regions it says it
   * serves), one of the `category` codes, an age range overlapping `ageBand` (open ends count).
   */
  serviceRegion: csvList(ZRegionCode),
  category: csvList(ZCategoryCode),
  ageBand: z.enum(AGE_BANDS).optional(),
  sort: z
    .enum(["name", "-name", "createdAt", "-createdAt", "lastVerifiedAt", "-lastVerifiedAt"])
    .default("name"),
});
export type TOrganizationListQuery = z.infer<typeof ZOrganizationListQuery>;
