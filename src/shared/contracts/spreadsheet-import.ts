import { z } from "zod";
import { ZBooleanQuery } from "./common.ts";

export const IMPORT_KINDS = ["organizations", "services"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const ZImportKind = z.enum(IMPORT_KINDS);

export const MAX_IMPORT_FILE_BYTES = 5 * 2 ** 20;
export const MAX_IMPORT_ROWS = 5_000;

/** Target field → index of the file's column that fills it, or null when nothing does. */
export const ZImportMapping = z.record(
  z.string().regex(/^[a-z_]{2,40}$/),
  z.number().int().min(0).max(500).nullable(),
);
export type TImportMapping = z.infer<typeof ZImportMapping>;

const ZFile = z
  .instanceof(File, { message: "validation.required" })
  .meta({ type: "string", format: "binary" });

export const ZImportPreviewRequest = z.object({ file: ZFile, kind: ZImportKind });

/** `mapping` is a JSON object in a form field; without it the suggested mapping is used. */
export const ZImportRequest = z.object({
  file: ZFile,
  kind: ZImportKind,
  mapping: z
    .string()
    .max(20_000)
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "validation.invalid_format" });
        return z.NEVER;
      }
    })
    .pipe(ZImportMapping)
    .optional(),
  dryRun: ZBooleanQuery.default(false),
});

export const ZImportField = z.object({ key: z.string(), label: z.string(), required: z.boolean() });
export type TImportField = z.infer<typeof ZImportField>;

export const ZImportPreview = z.object({
  kind: ZImportKind,
  columns: z.array(z.string()),
  /** The first data rows as read, for the person mapping the columns. */
  sample: z.array(z.array(z.string())),
  rowCount: z.number().int(),
  fields: z.array(ZImportField),
  suggestedMapping: ZImportMapping,
});
export type TImportPreview = z.infer<typeof ZImportPreview>;

/** `row` is the spreadsheet's row number (the header is row 1); `column` the file's header for the value. */
export const ZImportRowError = z.object({
  row: z.number().int(),
  field: z.string(),
  column: z.string().nullable(),
  message: z.string(),
});
export type TImportRowError = z.infer<typeof ZImportRowError>;

export const ZImportReport = z.object({
  kind: ZImportKind,
  dryRun: z.boolean(),
  /** Every row is valid: the batch is (or would be) written as a whole. */
  valid: z.boolean(),
  rowCount: z.number().int(),
  /** Rows written; 0 on a dry run or when any row is invalid. */
  created: z.number().int(),
  errors: z.array(ZImportRowError),
  /** What each row would create (or created), by its name in the request's language. */
  rows: z.array(z.object({ row: z.number().int(), name: z.string(), id: z.string().nullable() })),
});
export type TImportReport = z.infer<typeof ZImportReport>;

export const ZImportTemplateQuery = z.object({ kind: ZImportKind });
