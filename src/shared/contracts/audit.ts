import { z } from "zod";
import { ZPageQuery } from "./common.ts";

export const AUDITED_ENTITIES = [
  "regions",
  "branches",
  "organizations",
  "locations",
  "services",
  "memoranda",
  "initiatives",
  "practices",
  "news",
  "users",
  "reports",
  "files",
] as const;

export const ZAuditQuery = ZPageQuery.extend({
  entity: z.enum(AUDITED_ENTITIES),
  id: z.string().min(1).max(100),
});

export const ZAuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  action: z.enum(["insert", "update", "delete"]),
  entity: z.string(),
  entityId: z.string(),
  table: z.string(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type TAuditEntry = z.infer<typeof ZAuditEntry>;
