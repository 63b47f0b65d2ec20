import { and, eq, inArray } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { TNewsLink } from "../../../shared/contracts/news.ts";
import type { Queryable } from "../../db/client.ts";
import { branches } from "../branches/branches.schema.ts";
import { initiatives } from "../initiatives/initiatives.schema.ts";
import { memoranda } from "../memoranda/memoranda.schema.ts";
import { organizations } from "../organizations/organizations.schema.ts";
import { practices } from "../practices/practices.schema.ts";
import { newsLinks } from "./news.schema.ts";

const TARGETS: Record<TNewsLink["kind"], { table: PgTable; id: PgColumn }> = {
  memorandum: { table: memoranda, id: memoranda.id },
  initiative: { table: initiatives, id: initiatives.id },
  organization: { table: organizations, id: organizations.id },
  branch: { table: branches, id: branches.id },
  practice: { table: practices, id: practices.id },
};

/** The position of the first link whose record does not exist, or -1 when all do. */
export async function firstMissingLink(db: Queryable, links: readonly TNewsLink[]): Promise<number> {
  const existing = new Set<string>();
  for (const kind of new Set(links.map((link) => link.kind))) {
    const target = TARGETS[kind];
    const ids = links.filter((link) => link.kind === kind).map((link) => link.entityId);
    const rows = await db.select({ id: target.id }).from(target.table).where(inArray(target.id, ids));
    for (const row of rows) existing.add(`${kind}:${row.id}`);
  }
  return links.findIndex((link) => !existing.has(`${link.kind}:${link.entityId}`));
}

export async function linksOf(db: Queryable, newsIds: readonly string[]) {
  if (newsIds.length === 0) return [];
  return db
    .select()
    .from(newsLinks)
    .where(inArray(newsLinks.newsId, [...newsIds]))
    .orderBy(newsLinks.kind, newsLinks.entityId);
}

const sameLink = (a: TNewsLink, b: TNewsLink) => a.kind === b.kind && a.entityId === b.entityId;

/** Makes the stored links equal `wanted`, touching only the rows that change. */
export async function syncNewsLinks(
  tx: Queryable,
  newsId: string,
  wanted: readonly TNewsLink[],
  current: readonly TNewsLink[],
): Promise<void> {
  for (const link of current.filter((c) => !wanted.some((w) => sameLink(c, w)))) {
    await tx
      .delete(newsLinks)
      .where(
        and(
          eq(newsLinks.newsId, newsId),
          eq(newsLinks.kind, link.kind),
          eq(newsLinks.entityId, link.entityId),
        ),
      );
  }
  const added = wanted.filter((w) => !current.some((c) => sameLink(c, w)));
  if (added.length) await tx.insert(newsLinks).values(added.map((link) => ({ newsId, ...link })));
}
