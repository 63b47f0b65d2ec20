import { z } from "zod";
import { LOCALES, ROLES } from "../vocabulary.ts";
import { ZPageQuery, ZRegionCode } from "./common.ts";

const ZUserScopeFields = {
  role: z.enum(ROLES),
  regionCodes: z.array(ZRegionCode).max(20).default([]),
  organizationId: z.uuid().nullable().default(null),
};

/** A coordinator needs a region, a partner an organization; others carry no scope. */
function refineScope(
  value: { role?: string; regionCodes?: string[]; organizationId?: string | null },
  ctx: z.RefinementCtx,
) {
  if (value.role === "coordinator" && (value.regionCodes ?? []).length === 0) {
    ctx.addIssue({ code: "custom", path: ["regionCodes"], message: "validation.coordinator_needs_region" });
  }
  if (value.role === "partner" && !value.organizationId) {
    ctx.addIssue({
      code: "custom",
      path: ["organizationId"],
      message: "validation.partner_needs_organization",
    });
  }
}

export const ZUserCreate = z
  .object({
    email: z.email().max(254),
    name: z.string().trim().min(1).max(200),
    locale: z.enum(LOCALES).default("kk"),
    ...ZUserScopeFields,
  })
  .superRefine(refineScope);
export type TUserCreate = z.input<typeof ZUserCreate>;

export const ZUserUpdate = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    locale: z.enum(LOCALES).optional(),
    role: z.enum(ROLES).optional(),
    regionCodes: z.array(ZRegionCode).max(20).optional(),
    organizationId: z.uuid().nullable().optional(),
    active: z.boolean().optional(),
  })
  .strict();
export type TUserUpdate = z.infer<typeof ZUserUpdate>;

export const ZUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  regionCodes: z.array(z.string()),
  organizationId: z.string().nullable(),
  locale: z.enum(LOCALES),
  active: z.boolean(),
  createdAt: z.string(),
});
export type TUser = z.infer<typeof ZUser>;

export const ZUserListQuery = ZPageQuery.extend({
  role: z.enum(ROLES).optional(),
  q: z.string().trim().max(200).optional(),
});

export const ZCapabilities = z.object({
  manageUsers: z.boolean(),
  createBranch: z.boolean(),
  createOrganization: z.boolean(),
  createMemorandum: z.boolean(),
  createInitiative: z.boolean(),
  createPractice: z.boolean(),
  createNews: z.boolean(),
  readDrafts: z.boolean(),
  readAudit: z.boolean(),
});
export type TCapabilities = z.infer<typeof ZCapabilities>;

export const ZMe = z.object({ user: ZUser, capabilities: ZCapabilities });
