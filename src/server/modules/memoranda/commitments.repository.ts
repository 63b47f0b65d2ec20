import { asc, eq, getTableColumns, sql } from "drizzle-orm";
import type { Queryable } from "../../db/client.ts";
import { commitments } from "./memoranda.schema.ts";
import { overdueSql } from "./memorandum-lifecycle.ts";

export type CommitmentRow = typeof commitments.$inferSelect & { overdue: boolean };

const selection = { ...getTableColumns(commitments), overdue: overdueSql };

export async function listCommitments(db: Queryable, memorandumId: string): Promise<CommitmentRow[]> {
  return db
    .select(selection)
    .from(commitments)
    .where(eq(commitments.memorandumId, memorandumId))
    .orderBy(sql`${commitments.dueDate} ASC NULLS LAST`, asc(commitments.createdAt), asc(commitments.id));
}

export async function findCommitment(db: Queryable, id: string): Promise<CommitmentRow | undefined> {
  const [row] = await db.select(selection).from(commitments).where(eq(commitments.id, id));
  return row;
}
