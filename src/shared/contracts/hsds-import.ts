import { z } from "zod";

/** The largest HSDS upload the API reads (a zip of about 100,000 services is 36 MB). */
export const MAX_HSDS_UPLOAD_BYTES = 200 * 2 ** 20;

/** One problem of an HSDS import: where it is (file, CSV line or JSON pointer, field) and what, translated. */
export const ZHsdsProblem = z.object({
  file: z.string(),
  row: z.string(),
  field: z.string(),
  message: z.string(),
});
export type THsdsProblem = z.infer<typeof ZHsdsProblem>;

/** What an import reports back, in the caller's language: the API's response and the CLI's output. */
export const ZHsdsImportReport = z.object({
  written: z.boolean(),
  counts: z.object({
    organizations: z.number().int(),
    locations: z.number().int(),
    services: z.number().int(),
    servicesAtLocations: z.number().int(),
  }),
  errors: z.array(ZHsdsProblem),
  warnings: z.array(ZHsdsProblem),
  rejected: z.array(z.object({ file: z.string(), row: z.string(), object: z.string(), id: z.string() })),
  ignoredFiles: z.array(z.string()),
});
export type THsdsImportReport = z.infer<typeof ZHsdsImportReport>;
