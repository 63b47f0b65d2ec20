import { z } from "zod";
import { LOCALES } from "../vocabulary.ts";

export const MAX_PER_PAGE = 100;

export const ZPageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  perPage: z.coerce.number().int().min(1).max(MAX_PER_PAGE).default(20),
});
export type TPageQuery = z.infer<typeof ZPageQuery>;

export const ZPage = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    perPage: z.number().int(),
  });
export type TPage<T> = { items: T[]; total: number; page: number; perPage: number };

export const ZId = z.uuid();
export const ZIdParam = z.object({ id: z.uuid() });

export const ZRegionCode = z.string().regex(/^KZ-\d{2}$/, { message: "validation.invalid_format" });

export const ZIsoDate = z.iso.date();

/** A service category code (the list lives in service_categories); here so any contract can take one. */
export const ZCategoryCode = z.string().regex(/^[a-z_]{2,60}$/, { message: "validation.invalid_format" });

export const ZLocale = z.enum(LOCALES);

/** What the caller may do with a record, so the UI never re-implements the rules. */
export const ZPermissions = z.object({ update: z.boolean(), delete: z.boolean() });
export type TPermissions = z.infer<typeof ZPermissions>;

export const ZErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })).optional(),
  }),
});

/** Comma-separated or repeated query values, e.g. `?targetGroup=asd,hearing`. */
export const csvList = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) =>
      value === undefined || value === ""
        ? undefined
        : (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(",")).filter(Boolean),
    z.array(item).max(50).optional(),
  );

export const ZBooleanQuery = z.enum(["true", "false"]).transform((value) => value === "true");
