import { z } from "zod";
import { AGE_BANDS } from "../age-bands.ts";
import { ZLocalizedText, ZOptionalLocalizedText } from "../localized-text.ts";
import {
  COST_KINDS,
  ORGANIZATION_TYPES,
  RECORD_STATUSES,
  REFERRAL_REQUIREMENTS,
  SERVICE_LANGUAGES,
  SERVICE_STATUSES,
  TARGET_GROUPS,
} from "../vocabulary.ts";
import {
  csvList,
  ZBooleanQuery,
  ZCategoryCode,
  ZIsoDate,
  ZPageQuery,
  ZPermissions,
  ZRegionCode,
} from "./common.ts";
import { ZContactEmail, ZContactPhone, ZVerifiablePermissions, ZWebUrl } from "./organizations.ts";

const ZText = z.record(z.string(), z.string());

export { ZCategoryCode };

const ZAge = z.number().int().min(0).max(99);
const ZCount = z.number().int().min(0).max(1_000_000);

export const ZServiceCategory = z.object({ code: z.string(), name: ZText, sortOrder: z.number().int() });
export type TServiceCategory = z.infer<typeof ZServiceCategory>;

// ---- locations -------------------------------------------------------------------------------

const ZLocationFields = z.object({
  name: ZOptionalLocalizedText(300).nullable(),
  regionCode: ZRegionCode,
  locality: ZLocalizedText(200),
  address: ZLocalizedText(500),
  postalCode: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z]{4,10}$/, { message: "validation.invalid_format" })
    .nullable(),
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
});

export const ZLocationCreate = ZLocationFields.extend({
  name: ZLocationFields.shape.name.default(null),
  postalCode: ZLocationFields.shape.postalCode.default(null),
  latitude: ZLocationFields.shape.latitude.default(null),
  longitude: ZLocationFields.shape.longitude.default(null),
}).strict();
export type TLocationCreate = z.input<typeof ZLocationCreate>;

export const ZLocationUpdate = ZLocationFields.partial()
  .extend({ version: z.number().int().min(1) })
  .strict();
export type TLocationUpdate = z.infer<typeof ZLocationUpdate>;

export const ZLocation = z.object({
  id: z.string(),
  organizationId: z.string(),
  name: ZText.nullable(),
  regionCode: z.string(),
  locality: ZText,
  address: ZText,
  postalCode: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  permissions: ZPermissions,
});
export type TLocation = z.infer<typeof ZLocation>;

export const ZLocationListQuery = ZPageQuery.extend({
  region: csvList(ZRegionCode),
  sort: z.enum(["name", "-name", "createdAt", "-createdAt", "region"]).default("region"),
});
export type TLocationListQuery = z.infer<typeof ZLocationListQuery>;

// ---- services --------------------------------------------------------------------------------

// Without defaults, so a PATCH that leaves a field out keeps its value.
const ZServiceFields = z.object({
  name: ZLocalizedText(300),
  description: ZOptionalLocalizedText(5000).nullable(),
  categoryCodes: z.array(ZCategoryCode).max(20),
  targetGroups: z.array(z.enum(TARGET_GROUPS)).max(TARGET_GROUPS.length),
  status: z.enum(SERVICE_STATUSES),
  published: z.boolean(),
  minAge: ZAge.nullable(),
  maxAge: ZAge.nullable(),
  cost: z.enum(COST_KINDS),
  feesDescription: ZOptionalLocalizedText(2000).nullable(),
  languages: z.array(z.enum(SERVICE_LANGUAGES)).max(SERVICE_LANGUAGES.length),
  applicationProcess: ZOptionalLocalizedText(5000).nullable(),
  schedule: ZOptionalLocalizedText(2000).nullable(),
  referralRequirement: z.enum(REFERRAL_REQUIREMENTS),
  referralNote: ZOptionalLocalizedText(2000).nullable(),
  hasWaitlist: z.boolean(),
  waitlistNote: ZOptionalLocalizedText(2000).nullable(),
  capacity: ZCount.nullable(),
  stateFundedPlaces: ZCount.nullable(),
  email: ZContactEmail.nullable(),
  phone: ZContactPhone.nullable(),
  url: ZWebUrl.nullable(),
  assuredDate: ZIsoDate.nullable(),
  locationIds: z.array(z.uuid()).max(100),
});
const fields = ZServiceFields.shape;

/** Checks the age range when both ends are in the input; the service re-checks against stored values. */
function refineAgeRange(value: { minAge?: number | null; maxAge?: number | null }, ctx: z.RefinementCtx) {
  if (value.minAge != null && value.maxAge != null && value.maxAge < value.minAge) {
    ctx.addIssue({ code: "custom", path: ["maxAge"], message: "validation.age_range" });
  }
}

export const ZServiceCreate = ZServiceFields.extend({
  organizationId: z.uuid(),
  description: fields.description.default(null),
  categoryCodes: fields.categoryCodes.default([]),
  targetGroups: fields.targetGroups.default([]),
  status: fields.status.default("active"),
  published: fields.published.default(true),
  minAge: fields.minAge.default(null),
  maxAge: fields.maxAge.default(null),
  feesDescription: fields.feesDescription.default(null),
  languages: fields.languages.default([]),
  applicationProcess: fields.applicationProcess.default(null),
  schedule: fields.schedule.default(null),
  referralRequirement: fields.referralRequirement.default("none"),
  referralNote: fields.referralNote.default(null),
  hasWaitlist: fields.hasWaitlist.default(false),
  waitlistNote: fields.waitlistNote.default(null),
  capacity: fields.capacity.default(null),
  stateFundedPlaces: fields.stateFundedPlaces.default(null),
  email: fields.email.default(null),
  phone: fields.phone.default(null),
  url: fields.url.default(null),
  assuredDate: fields.assuredDate.default(null),
  locationIds: fields.locationIds.default([]),
})
  .strict()
  .superRefine(refineAgeRange);
export type TServiceCreate = z.input<typeof ZServiceCreate>;

export const ZServiceUpdate = ZServiceFields.partial()
  .extend({ version: z.number().int().min(1) })
  .strict()
  .superRefine(refineAgeRange);
export type TServiceUpdate = z.infer<typeof ZServiceUpdate>;

export const ZService = z.object({
  id: z.string(),
  organizationId: z.string(),
  name: ZText,
  description: ZText.nullable(),
  categoryCodes: z.array(z.string()),
  targetGroups: z.array(z.enum(TARGET_GROUPS)),
  status: z.enum(SERVICE_STATUSES),
  published: z.boolean(),
  minAge: z.number().int().nullable(),
  maxAge: z.number().int().nullable(),
  cost: z.enum(COST_KINDS),
  feesDescription: ZText.nullable(),
  languages: z.array(z.enum(SERVICE_LANGUAGES)),
  applicationProcess: ZText.nullable(),
  schedule: ZText.nullable(),
  referralRequirement: z.enum(REFERRAL_REQUIREMENTS),
  referralNote: ZText.nullable(),
  hasWaitlist: z.boolean(),
  waitlistNote: ZText.nullable(),
  capacity: z.number().int().nullable(),
  stateFundedPlaces: z.number().int().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  url: z.string().nullable(),
  assuredDate: z.string().nullable(),
  lastVerifiedAt: z.string().nullable(),
  isDemo: z.boolean(),
  locations: z.array(ZLocation),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  permissions: ZVerifiablePermissions,
});
export type TService = z.infer<typeof ZService>;

export const ZServiceListQuery = ZPageQuery.extend({
  q: z.string().trim().max(200).optional(),
  organization: csvList(z.uuid()),
  region: csvList(ZRegionCode),
  category: csvList(ZCategoryCode),
  targetGroup: csvList(z.enum(TARGET_GROUPS)),
  cost: csvList(z.enum(COST_KINDS)),
  language: csvList(z.enum(SERVICE_LANGUAGES)),
  age: z.coerce.number().int().min(0).max(99).optional(),
  /** Overlaps the coverage matrix's age band (open ends count), as the matrix counts it. */
  ageBand: z.enum(AGE_BANDS).optional(),
  organizationType: csvList(z.enum(ORGANIZATION_TYPES)),
  organizationStatus: z.enum(RECORD_STATUSES).optional(),
  status: z.enum(SERVICE_STATUSES).optional(),
  published: ZBooleanQuery.optional(),
  verified: ZBooleanQuery.optional(),
  sort: z
    .enum(["name", "-name", "createdAt", "-createdAt", "lastVerifiedAt", "-lastVerifiedAt"])
    .default("name"),
});
export type TServiceListQuery = z.infer<typeof ZServiceListQuery>;
