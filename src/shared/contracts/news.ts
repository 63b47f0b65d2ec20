import { z } from "zod";
import { ZLocalizedText, ZOptionalLocalizedText } from "../localized-text.ts";
import { NEWS_LINK_KINDS } from "../vocabulary.ts";
import { csvList, ZBooleanQuery, ZPageQuery, ZPermissions, ZRegionCode } from "./common.ts";

export const MAX_SLUG_LENGTH = 120;
const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuidShaped = (value: string): boolean => UUID_SHAPE.test(value);

/** Latin lower-case words joined by hyphens; never shaped like an id, since posts are fetched by either. */
export const ZSlug = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(MAX_SLUG_LENGTH)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "validation.invalid_slug" })
  .refine((value) => !isUuidShaped(value), { message: "validation.invalid_slug" });

export const ZNewsLink = z.object({ kind: z.enum(NEWS_LINK_KINDS), entityId: z.uuid() }).strict();
export type TNewsLink = z.infer<typeof ZNewsLink>;

const ZNewsLinks = z
  .array(ZNewsLink)
  .max(50)
  .transform((links) => {
    const seen = new Set<string>();
    return links.filter((link) => {
      const key = `${link.kind}:${link.entityId}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });

/** No defaults here: zod 4 applies defaults even inside `.partial()`, which would blank fields a PATCH left out. */
const ZNewsFields = z.object({
  slug: ZSlug,
  title: ZLocalizedText(300),
  summary: ZOptionalLocalizedText(1000).nullable(),
  body: ZLocalizedText(50_000),
  regionCode: ZRegionCode.nullable(),
  links: ZNewsLinks,
});

/** A post starts as a draft; publishing is its own action. Without a slug one is made from the title. */
export const ZNewsCreate = ZNewsFields.extend({
  slug: ZSlug.optional(),
  summary: ZNewsFields.shape.summary.default(null),
  regionCode: ZNewsFields.shape.regionCode.default(null),
  links: ZNewsLinks.default([]),
}).strict();
export type TNewsCreate = z.input<typeof ZNewsCreate>;

export const ZNewsUpdate = ZNewsFields.partial()
  .extend({ version: z.number().int().min(1) })
  .strict();
export type TNewsUpdate = z.infer<typeof ZNewsUpdate>;

export const ZNewsTransition = z.object({ version: z.number().int().min(1) }).strict();
export type TNewsTransition = z.infer<typeof ZNewsTransition>;

export const ZNewsKeyParam = z.object({ idOrSlug: z.string().trim().min(1).max(MAX_SLUG_LENGTH) });

const ZText = z.record(z.string(), z.string());

export const ZNews = z.object({
  id: z.string(),
  slug: z.string(),
  title: ZText,
  summary: ZText.nullable(),
  body: ZText,
  regionCode: z.string().nullable(),
  published: z.boolean(),
  /** Set when first published and kept through later unpublishing and republishing. */
  publishedAt: z.string().nullable(),
  links: z.array(z.object({ kind: z.enum(NEWS_LINK_KINDS), entityId: z.string() })),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  permissions: ZPermissions.extend({ publish: z.boolean() }),
});
export type TNews = z.infer<typeof ZNews>;

export const ZNewsListQuery = ZPageQuery.extend({
  region: csvList(ZRegionCode),
  published: ZBooleanQuery.optional(),
  q: z.string().trim().max(200).optional(),
  /** Posts linked to one record: give both `linkedKind` and `linkedId`. */
  linkedKind: z.enum(NEWS_LINK_KINDS).optional(),
  linkedId: z.uuid().optional(),
});
export type TNewsListQuery = z.infer<typeof ZNewsListQuery>;
