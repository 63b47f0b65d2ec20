import { and, eq } from "drizzle-orm";
import type { TNewsLink } from "../../../shared/contracts/news.ts";
import type { TLocalizedText } from "../../../shared/localized-text.ts";
import type { Transaction } from "../../db/client.ts";
import type { Principal } from "../../http/principal.ts";
import type { PartyRow } from "../memoranda/memorandum-parties.repository.ts";
import { takenSlugs } from "./news.repository.ts";
import { newsLinks, newsPosts } from "./news.schema.ts";
import { syncNewsLinks } from "./news-links.repository.ts";
import { firstFreeSlug, slugFromTitle } from "./news-slug.ts";
import { signingNewsText } from "./signing-news.text.ts";

export interface SignedMemorandum {
  id: string;
  signedDate: string;
  signedPlace: TLocalizedText | null;
  scopeAreas: readonly string[];
  parties: readonly PartyRow[];
}

/** The signer's own region when it signed as a coordinator, so the draft is theirs to edit and publish. */
function regionOf(principal: Principal, parties: readonly PartyRow[]): string | null {
  const regions = parties.flatMap((party) =>
    party.kind === "branch" && party.regionCode ? [party.regionCode] : [],
  );
  const own =
    principal.kind === "user" && principal.role === "coordinator"
      ? regions.find((code) => principal.regionCodes.includes(code))
      : undefined;
  return own ?? regions[0] ?? null;
}

/**
 * Writes an unpublished news post about the signing, in kk, ru and en, linked to the memorandum and its
 * parties, inside the signing's own transaction. Nothing is written when a post about the memorandum
 * already exists, so running it again never makes a second draft. Returns the new post's id, if any.
 */
export async function draftSigningNews(
  tx: Transaction,
  principal: Principal,
  memorandum: SignedMemorandum,
): Promise<string | null> {
  const [existing] = await tx
    .select({ id: newsLinks.newsId })
    .from(newsLinks)
    .where(and(eq(newsLinks.kind, "memorandum"), eq(newsLinks.entityId, memorandum.id)))
    .limit(1);
  if (existing) return null;
  const branches = memorandum.parties.filter((party) => party.kind === "branch");
  const partners = memorandum.parties.filter((party) => party.kind === "organization");
  const text = signingNewsText({
    signedDate: memorandum.signedDate,
    signedPlace: memorandum.signedPlace,
    scopeAreas: memorandum.scopeAreas,
    branchNames: branches.map((party) => party.name),
    partnerNames: partners.map((party) => party.name),
  });
  const base = slugFromTitle(text.title);
  const slug = firstFreeSlug(base, await takenSlugs(tx, base));
  const [post] = await tx
    .insert(newsPosts)
    .values({ slug, ...text, regionCode: regionOf(principal, memorandum.parties), published: false })
    .returning({ id: newsPosts.id });
  if (!post) throw new Error("news draft not inserted");
  const links: TNewsLink[] = [
    { kind: "memorandum", entityId: memorandum.id },
    ...branches.flatMap((party) =>
      party.branchId ? [{ kind: "branch" as const, entityId: party.branchId }] : [],
    ),
    ...partners.flatMap((party) =>
      party.organizationId ? [{ kind: "organization" as const, entityId: party.organizationId }] : [],
    ),
  ];
  await syncNewsLinks(tx, post.id, links, []);
  return post.id;
}
