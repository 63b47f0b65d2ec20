import { z } from "zod";
import { ZLocalizedText, ZOptionalLocalizedText } from "../localized-text.ts";
import { BRANCH_KINDS } from "../vocabulary.ts";
import { csvList, ZPageQuery, ZPermissions, ZRegionCode } from "./common.ts";

const ZBranchFields = z.object({
  kind: z.enum(BRANCH_KINDS),
  name: ZLocalizedText(300),
  regionCode: ZRegionCode,
  parentId: z.uuid().nullable().default(null),
  address: ZOptionalLocalizedText(500).nullable().default(null),
  email: z.email().max(254).nullable().default(null),
  phone: z.string().trim().min(5).max(40).nullable().default(null),
});

export const ZBranchCreate = ZBranchFields.strict();
export type TBranchCreate = z.input<typeof ZBranchCreate>;

export const ZBranchUpdate = ZBranchFields.partial()
  .extend({ version: z.number().int().min(1) })
  .strict();
export type TBranchUpdate = z.infer<typeof ZBranchUpdate>;

export const ZBranch = z.object({
  id: z.string(),
  kind: z.enum(BRANCH_KINDS),
  name: z.record(z.string(), z.string()),
  regionCode: z.string(),
  parentId: z.string().nullable(),
  address: z.record(z.string(), z.string()).nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  permissions: ZPermissions,
});
export type TBranch = z.infer<typeof ZBranch>;

export const ZBranchListQuery = ZPageQuery.extend({
  region: csvList(ZRegionCode),
  kind: z.enum(BRANCH_KINDS).optional(),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(["name", "-name", "createdAt", "-createdAt", "region"]).default("region"),
});
export type TBranchListQuery = z.infer<typeof ZBranchListQuery>;
