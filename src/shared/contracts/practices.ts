import { z } from "zod";
import { ZLocalizedText, ZOptionalLocalizedText } from "../localized-text.ts";
import { csvList, ZBooleanQuery, ZPageQuery, ZPermissions, ZRegionCode } from "./common.ts";

export const MAX_PRACTICE_TAGS = 20;

const ZTag = z.string().trim().toLowerCase().min(1).max(50);

/** Tags are stored trimmed, lower-case and once each. */
export const ZPracticeTags = z
  .array(ZTag)
  .max(MAX_PRACTICE_TAGS)
  .transform((tags) => [...new Set(tags)]);

/** No defaults here: zod 4 applies defaults even inside `.partial()`, which would blank fields a PATCH left out. */
const ZPracticeFields = z.object({
  title: ZLocalizedText(300),
  summary: ZOptionalLocalizedText(1000).nullable(),
  body: ZLocalizedText(20_000),
  tags: ZPracticeTags,
  organizationId: z.uuid().nullable(),
  branchId: z.uuid().nullable(),
  regionCode: ZRegionCode,
  published: z.boolean(),
});

/** A practice is described by one author: a partner organization or a branch, not both. */
export const hasTwoAuthors = (value: { organizationId?: string | null; branchId?: string | null }): boolean =>
  Boolean(value.organizationId && value.branchId);

export const ZPracticeCreate = ZPracticeFields.extend({
  summary: ZPracticeFields.shape.summary.default(null),
  tags: ZPracticeTags.default([]),
  organizationId: ZPracticeFields.shape.organizationId.default(null),
  branchId: ZPracticeFields.shape.branchId.default(null),
  published: z.boolean().default(false),
})
  .strict()
  .superRefine((value, ctx) => {
    if (hasTwoAuthors(value)) {
      ctx.addIssue({ code: "custom", path: ["branchId"], message: "validation.practice_one_author" });
    }
  });
export type TPracticeCreate = z.input<typeof ZPracticeCreate>;

/** The author pair is checked against the stored one by the service, since a patch may carry only one side. */
export const ZPracticeUpdate = ZPracticeFields.partial()
  .extend({ version: z.number().int().min(1) })
  .strict();
export type TPracticeUpdate = z.infer<typeof ZPracticeUpdate>;

const ZReplication = z
  .object({
    regionCode: ZRegionCode,
    year: z.number().int().min(1991).max(2100).nullable().default(null),
    note: z.string().trim().min(1).max(1000).nullable().default(null),
  })
  .strict();

export const ZReplicationsReplace = z
  .object({
    version: z.number().int().min(1),
    replications: z.array(ZReplication).max(40),
  })
  .strict()
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.replications.forEach((replication, index) => {
      if (seen.has(replication.regionCode)) {
        ctx.addIssue({
          code: "custom",
          path: ["replications", index, "regionCode"],
          message: "validation.duplicate_region",
        });
      }
      seen.add(replication.regionCode);
    });
  });
export type TReplicationsReplace = z.infer<typeof ZReplicationsReplace>;

const ZText = z.record(z.string(), z.string());

export const ZPractice = z.object({
  id: z.string(),
  title: ZText,
  summary: ZText.nullable(),
  body: ZText,
  tags: z.array(z.string()),
  organizationId: z.string().nullable(),
  branchId: z.string().nullable(),
  regionCode: z.string(),
  published: z.boolean(),
  replications: z.array(
    z.object({ regionCode: z.string(), year: z.number().int().nullable(), note: z.string().nullable() }),
  ),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  permissions: ZPermissions,
});
export type TPractice = z.infer<typeof ZPractice>;

export const ZPracticeListQuery = ZPageQuery.extend({
  q: z.string().trim().max(200).optional(),
  /** Practices carrying every one of these tags. */
  tag: csvList(z.string().trim().toLowerCase().min(1).max(50)),
  /** Practices that come from or were replicated in one of these regions. */
  region: csvList(ZRegionCode),
  organization: z.uuid().optional(),
  published: ZBooleanQuery.optional(),
  sort: z.enum(["title", "-title", "updatedAt", "-updatedAt"]).default("-updatedAt"),
});
export type TPracticeListQuery = z.infer<typeof ZPracticeListQuery>;
