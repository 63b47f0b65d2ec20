import { z } from "zod";
import { ZLocalizedText, ZOptionalLocalizedText } from "../localized-text.ts";
import { BRANCH_KINDS } from "../vocabulary.ts";
import { csvList, ZPageQuery, ZPermissions, ZRegionCode } from "./common.ts";

const branchFields = {
  kind: z.enum(BRANCH_KINDS),
  name: ZLocalizedText(300),
  regionCode: ZRegionCode,
  parentId: z.uuid().nullable(),
  address: ZOptionalLocalizedText(500).nullable(),
  email: z.email().max(254).nullable(),
  phone: z.string().trim().min(5).max(40).nullable(),
};

export const ZBranchCreate = z
  .object({
    ...branchFields,
    parentId: branchFields.parentId.default(null),
    address: branchFields.address.default(null),
    email: branchFields.email.default(null),
    phone: branchFields.phone.default(null),
  })
  .strict();
export type TBranchCreate = z.input<typeof ZBranchCreate>;

// Built from the fields without defaults: zod's .partial() would otherwise fill omitted fields with null.
export const ZBranchUpdate = z
  .object(branchFields)
  .partial()
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
