import { and, eq, sql } from "drizzle-orm";
import {
  type TNews,
  type TNewsCreate,
  type TNewsLink,
  type TNewsUpdate,
  ZNewsCreate,
} from "../../../shared/contracts/news.ts";
import { type Database, type Queryable, withActor } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import { actorIdOf, type Principal } from "../../http/principal.ts";
import { validationError } from "../../http/validation-hook.ts";
import { assertRegionCodes } from "../regions/regions.repository.ts";
import { canWriteNews, newsPermissions } from "./news.policy.ts";
import { findNews, type NewsRecord, takenSlugs } from "./news.repository.ts";
import { newsPosts } from "./news.schema.ts";
import { firstMissingLink, syncNewsLinks } from "./news-links.repository.ts";
import { firstFreeSlug, slugFromTitle } from "./news-slug.ts";

type Text = Record<string, string>;

export function presentNews(record: NewsRecord, principal: Principal): TNews {
  return {
    id: record.id,
    slug: record.slug,
    title: record.title as Text,
    summary: (record.summary as Text | null) ?? null,
    body: record.body as Text,
    regionCode: record.regionCode,
    published: record.published,
    publishedAt: record.publishedAt?.toISOString() ?? null,
    links: record.links,
    version: record.version,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    permissions: newsPermissions(principal, record.regionCode),
  };
}

async function assertLinks(db: Queryable, links: readonly TNewsLink[] | undefined): Promise<void> {
  const missing = await firstMissingLink(db, links ?? []);
  if (missing >= 0) throw AppError.validation(`links.${missing}.entityId`, "validation.unknown_reference");
}

/** A slug the client chose must be free; one made from the title gets a number when taken. */
async function resolveSlug(db: Queryable, chosen: string | undefined, title: Text, exceptId?: string) {
  if (chosen) {
    if ((await takenSlugs(db, chosen, exceptId)).has(chosen))
      throw new AppError("conflict", "errors.slug_taken");
    return chosen;
  }
  const base = slugFromTitle(title);
  return firstFreeSlug(base, await takenSlugs(db, base, exceptId));
}

async function reload(db: Queryable, principal: Principal, id: string): Promise<TNews> {
  const record = await findNews(db, id, principal);
  if (!record) throw new AppError("internal");
  return presentNews(record, principal);
}

export async function createNews(db: Database, principal: Principal, input: TNewsCreate): Promise<TNews> {
  const parsed = ZNewsCreate.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const { links, slug: chosenSlug, ...fields } = parsed.data;
  if (!canWriteNews(principal, fields.regionCode)) throw AppError.forbidden();
  if (fields.regionCode) await assertRegionCodes(db, [fields.regionCode], "regionCode");
  await assertLinks(db, links);
  const slug = await resolveSlug(db, chosenSlug, fields.title as Text);
  const id = await withActor(db, actorIdOf(principal), async (tx) => {
    const [inserted] = await tx
      .insert(newsPosts)
      .values({ ...fields, slug })
      .returning({ id: newsPosts.id });
    if (!inserted) throw new AppError("internal");
    await syncNewsLinks(tx, inserted.id, links, []);
    return inserted.id;
  });
  return reload(db, principal, id);
}

export async function updateNews(
  db: Database,
  principal: Principal,
  id: string,
  patch: TNewsUpdate,
): Promise<TNews> {
  const current = await findNews(db, id, principal);
  if (!current) throw AppError.notFound();
  const { version, links, slug: chosenSlug, ...changes } = patch;
  const nextRegion = changes.regionCode === undefined ? current.regionCode : changes.regionCode;
  if (!canWriteNews(principal, current.regionCode) || !canWriteNews(principal, nextRegion)) {
    throw AppError.forbidden();
  }
  if (nextRegion) await assertRegionCodes(db, [nextRegion], "regionCode");
  await assertLinks(db, links);
  // The slug stays when the title changes, so links people shared keep working.
  const slug =
    chosenSlug && chosenSlug !== current.slug ? await resolveSlug(db, chosenSlug, {}, id) : current.slug;
  await withActor(db, actorIdOf(principal), async (tx) => {
    const [updated] = await tx
      .update(newsPosts)
      .set({ ...changes, slug })
      .where(and(eq(newsPosts.id, id), eq(newsPosts.version, version)))
      .returning({ id: newsPosts.id });
    if (!updated) throw new AppError("version_conflict");
    if (links) await syncNewsLinks(tx, id, links, current.links);
  });
  return reload(db, principal, id);
}

/** Publishes or withdraws a post; `publishedAt` is stamped on the first publication only. */
export async function setNewsPublished(
  db: Database,
  principal: Principal,
  id: string,
  input: { version: number; published: boolean },
): Promise<TNews> {
  const current = await findNews(db, id, principal);
  if (!current) throw AppError.notFound();
  if (!canWriteNews(principal, current.regionCode)) throw AppError.forbidden();
  if (current.published === input.published) {
    const state = current.published ? "published" : "draft";
    throw new AppError("invalid_transition", "errors.invalid_transition", { from: state, to: state });
  }
  const updated = await withActor(db, actorIdOf(principal), async (tx) => {
    const [row] = await tx
      .update(newsPosts)
      .set({
        published: input.published,
        ...(input.published ? { publishedAt: sql`coalesce(${newsPosts.publishedAt}, now())` } : {}),
      })
      .where(and(eq(newsPosts.id, id), eq(newsPosts.version, input.version)))
      .returning({ id: newsPosts.id });
    return row;
  });
  if (!updated) throw new AppError("version_conflict");
  return reload(db, principal, id);
}

export async function deleteNews(db: Database, principal: Principal, id: string): Promise<void> {
  const current = await findNews(db, id, principal);
  if (!current) throw AppError.notFound();
  if (!canWriteNews(principal, current.regionCode)) throw AppError.forbidden();
  await withActor(db, actorIdOf(principal), (tx) => tx.delete(newsPosts).where(eq(newsPosts.id, id)));
}

/** Whether the caller may write this post; also decides who may read its history. */
export async function mayWriteNews(db: Database, principal: Principal, id: string): Promise<boolean> {
  const current = await findNews(db, id, principal);
  return current !== undefined && canWriteNews(principal, current.regionCode);
}
