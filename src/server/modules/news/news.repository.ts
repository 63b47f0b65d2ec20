import { and, asc, count, desc, eq, exists, inArray, like, ne, or, type SQL, sql } from "drizzle-orm";
import { isUuidShaped, type TNewsLink, type TNewsListQuery } from "../../../shared/contracts/news.ts";
import type { Queryable } from "../../db/client.ts";
import { localizedContains, offsetOf } from "../../db/query-helpers.ts";
import type { Principal } from "../../http/principal.ts";
import { newsLinks, newsPosts } from "./news.schema.ts";
import { linksOf } from "./news-links.repository.ts";

export type NewsRow = typeof newsPosts.$inferSelect;
export type NewsRecord = NewsRow & { links: TNewsLink[] };

/**
 * Which posts exist for the caller: published ones for everybody; admins and viewers see every draft, a
 * coordinator the drafts of its regions; partners and anonymous callers no draft. `undefined`: no restriction.
 */
function visibleTo(principal: Principal): SQL | undefined {
  const published = eq(newsPosts.published, true);
  if (principal.kind !== "user") return published;
  switch (principal.role) {
    case "admin":
    case "viewer":
      return undefined;
    case "coordinator":
      return principal.regionCodes.length > 0
        ? or(published, inArray(newsPosts.regionCode, principal.regionCodes))
        : published;
    case "partner":
      return published;
  }
}

async function attachLinks(db: Queryable, rows: NewsRow[]): Promise<NewsRecord[]> {
  const links = await linksOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    ...row,
    links: links.filter((l) => l.newsId === row.id).map(({ kind, entityId }) => ({ kind, entityId })),
  }));
}

/** Finds a post by its id or its slug (slugs are never shaped like an id). */
export async function findNews(
  db: Queryable,
  idOrSlug: string,
  principal: Principal,
): Promise<NewsRecord | undefined> {
  const key = isUuidShaped(idOrSlug)
    ? eq(newsPosts.id, idOrSlug)
    : eq(newsPosts.slug, idOrSlug.toLowerCase());
  const rows = await db
    .select()
    .from(newsPosts)
    .where(and(key, visibleTo(principal)));
  const [record] = await attachLinks(db, rows);
  return record;
}

export async function listNews(
  db: Queryable,
  query: TNewsListQuery,
  principal: Principal,
): Promise<{ records: NewsRecord[]; total: number }> {
  const conditions: (SQL | undefined)[] = [visibleTo(principal)];
  if (query.published !== undefined) conditions.push(eq(newsPosts.published, query.published));
  if (query.region?.length) conditions.push(inArray(newsPosts.regionCode, query.region));
  if (query.q) {
    conditions.push(
      or(localizedContains(newsPosts.title, query.q), localizedContains(newsPosts.summary, query.q)),
    );
  }
  if (query.linkedKind && query.linkedId) {
    const linked = db
      .select({ one: sql`1` })
      .from(newsLinks)
      .where(
        and(
          eq(newsLinks.newsId, newsPosts.id),
          eq(newsLinks.kind, query.linkedKind),
          eq(newsLinks.entityId, query.linkedId),
        ),
      );
    conditions.push(exists(linked));
  }
  const where = and(...conditions);
  const [totalRow] = await db.select({ total: count() }).from(newsPosts).where(where);
  const rows = await db
    .select()
    .from(newsPosts)
    .where(where)
    .orderBy(desc(sql`coalesce(${newsPosts.publishedAt}, ${newsPosts.createdAt})`), asc(newsPosts.id))
    .limit(query.perPage)
    .offset(offsetOf(query.page, query.perPage));
  return { records: await attachLinks(db, rows), total: totalRow?.total ?? 0 };
}

/** Slugs already used by other posts that a new slug built on `base` could collide with. */
export async function takenSlugs(db: Queryable, base: string, exceptId?: string): Promise<Set<string>> {
  const rows = await db
    .select({ slug: newsPosts.slug })
    .from(newsPosts)
    .where(
      and(
        or(eq(newsPosts.slug, base), like(newsPosts.slug, `${base}-%`)),
        exceptId ? ne(newsPosts.id, exceptId) : undefined,
      ),
    );
  return new Set(rows.map((row) => row.slug));
}
