import { z } from "zod";
import { COST_KINDS, LOCALES, SERVICE_LANGUAGES, TARGET_GROUPS } from "../vocabulary.ts";
import { csvList, ZRegionCode } from "./common.ts";

export const DIRECTORY_MAX_PER_PAGE = 50;

export const ZDirectorySearchQuery = z
  .object({
    q: z.string().trim().max(200).optional(),
    region: csvList(ZRegionCode),
    locality: z.string().trim().min(1).max(100).optional(),
    category: csvList(z.string().regex(/^[a-z_]{2,40}$/)),
    targetGroup: csvList(z.enum(TARGET_GROUPS)),
    age: z.coerce.number().int().min(0).max(25).optional(),
    cost: csvList(z.enum(COST_KINDS)),
    language: csvList(z.enum(SERVICE_LANGUAGES)),
    lat: z.coerce.number().min(-90).max(90).optional(),
    lon: z.coerce.number().min(-180).max(180).optional(),
    radiusKm: z.coerce.number().min(0.1).max(2000).default(50),
    page: z.coerce.number().int().min(1).max(1000).default(1),
    perPage: z.coerce.number().int().min(1).max(DIRECTORY_MAX_PER_PAGE).default(20),
  })
  .superRefine((value, ctx) => {
    if ((value.lat === undefined) !== (value.lon === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: [value.lat === undefined ? "lat" : "lon"],
        message: "validation.near_needs_both",
      });
    }
  });
export type TDirectorySearchQuery = z.infer<typeof ZDirectorySearchQuery>;

const ZDisplayText = z.object({ text: z.string(), locale: z.enum(LOCALES) });

export const ZHighlightSegment = z.object({ text: z.string(), match: z.boolean() });

export const ZDirectoryResult = z.object({
  serviceId: z.string(),
  locationId: z.string(),
  name: ZDisplayText,
  nameHighlights: z.array(ZHighlightSegment),
  organization: z.object({ id: z.string(), name: ZDisplayText }),
  regionCode: z.string(),
  locality: ZDisplayText.nullable(),
  address: ZDisplayText.nullable(),
  phone: z.string().nullable(),
  cost: z.enum(COST_KINDS),
  languages: z.array(z.string()),
  categoryCodes: z.array(z.string()),
  targetGroups: z.array(z.string()),
  minAge: z.number().int().nullable(),
  maxAge: z.number().int().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  distanceKm: z.number().nullable(),
  lastVerifiedAt: z.string().nullable(),
  partner: z.boolean(),
});
export type TDirectoryResult = z.infer<typeof ZDirectoryResult>;

const ZFacet = z.array(z.object({ key: z.string(), count: z.number().int() }));

export const ZDirectorySearchResponse = z.object({
  items: z.array(ZDirectoryResult),
  total: z.number().int(),
  page: z.number().int(),
  perPage: z.number().int(),
  facets: z.object({ region: ZFacet, category: ZFacet, cost: ZFacet, language: ZFacet }),
  interpreted: z.object({
    places: z.array(z.object({ regionCode: z.string(), locality: z.string().nullable(), text: z.string() })),
    terms: z.array(z.string()),
  }),
});
export type TDirectorySearchResponse = z.infer<typeof ZDirectorySearchResponse>;
