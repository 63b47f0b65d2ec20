import { and, count, desc, eq } from "drizzle-orm";
import type { TAuditEntry } from "../../../shared/contracts/audit.ts";
import type { Queryable } from "../../db/client.ts";
import { offsetOf } from "../../db/query-helpers.ts";
import { auditLog } from "./audit.schema.ts";

export async function listAuditEntries(
  db: Queryable,
  filter: { entity: string; id: string; page: number; perPage: number },
): Promise<{ items: TAuditEntry[]; total: number }> {
  const where = and(eq(auditLog.entity, filter.entity), eq(auditLog.entityId, filter.id));
  const [totalRow] = await db.select({ total: count() }).from(auditLog).where(where);
  const rows = await db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(filter.perPage)
    .offset(offsetOf(filter.page, filter.perPage));
  return {
    total: totalRow?.total ?? 0,
    items: rows.map((row) => ({
      id: row.id,
      at: row.at.toISOString(),
      actorId: row.actorId,
      action: row.action as TAuditEntry["action"],
      entity: row.entity,
      entityId: row.entityId,
      table: row.tableName,
      before: row.before as Record<string, unknown> | null,
      after: row.after as Record<string, unknown> | null,
    })),
  };
}
