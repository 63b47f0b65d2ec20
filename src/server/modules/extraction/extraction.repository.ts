import { and, eq, ilike, isNull } from "drizzle-orm";
import type { TExtractionMatch, TExtractionProposal } from "../../../shared/contracts/extraction.ts";
import type { TLocalizedText } from "../../../shared/localized-text.ts";
import { foldTokens } from "../../../shared/search/fold.ts";
import type { Queryable } from "../../db/client.ts";
import type { Principal } from "../../http/principal.ts";
import { branches } from "../branches/branches.schema.ts";
import { organizationVisibility } from "../organizations/organizations.policy.ts";
import { organizations } from "../organizations/organizations.schema.ts";

/** A match is proposed from this score up; below it the person creates a new record. */
const MATCH_THRESHOLD = 0.5;

/**
 * Words that only say what kind of body something is, folded: «ОРДА» ата-аналар бірлестігі and «ORDA»
 * public association share their proper name, not these.
 */
const GENERIC_WORDS = new Set(
  [
    "қоғамдық қоры қор бірлестігі бірлестік ұйымы ұйым одағы қауымдастығы орталығы орталық кабинеті",
    "ата аналар аналары балаларды түзету оңалту жеке республикалық облыстық қалалық филиалы",
    "общественный общественное фонд объединение центр коррекции ассоциация союз родителей городской областной",
    "public foundation association centre center union city regional branch",
    // Whom the program serves: every partner's name may say it, so it tells none apart.
    "ерекше бала балалар балалары балалардың балаларға мүгедектер мүгедектердің особые особых дети детей детский",
    "инвалидов special children child parents people",
  ]
    .join(" ")
    .split(" ")
    .flatMap(foldTokens),
);

const coreTokens = (name: string) => new Set(foldTokens(name).filter((token) => !GENERIC_WORDS.has(token)));

/** Share of proper-name words two names have in common (Jaccard), across scripts thanks to the folding. */
function nameSimilarity(a: string, b: string): number {
  const left = coreTokens(a);
  const right = coreTokens(b);
  if (left.size === 0 || right.size === 0) return 0;
  const shared = [...left].filter((token) => right.has(token)).length;
  return shared / (left.size + right.size - shared);
}

const bestSimilarity = (name: string, names: TLocalizedText) =>
  Math.max(0, ...Object.values(names).map((candidate) => (candidate ? nameSimilarity(name, candidate) : 0)));

const round = (score: number) => Math.round(score * 100) / 100;

/**
 * The proposal with `match` filled for each branch and partner that names an existing record the caller
 * may see; `null` is the operator at the command line, who sees every record.
 */
export async function matchProposal(
  db: Queryable,
  principal: Principal | null,
  proposal: TExtractionProposal,
): Promise<TExtractionProposal> {
  const events = [];
  for (const event of proposal.events) {
    const branch = event.branch ? { ...event.branch, match: await matchBranch(db, event.branch) } : null;
    const partners = [];
    for (const partner of event.partners) {
      partners.push({ ...partner, match: await matchOrganization(db, principal, partner.name) });
    }
    events.push({ ...event, branch, partners });
  }
  return { ...proposal, events };
}

type ExtractedBranch = NonNullable<TExtractionProposal["events"][number]["branch"]>;

/** The branch of the same region and kind, the closer its name the better. */
async function matchBranch(db: Queryable, branch: ExtractedBranch): Promise<TExtractionMatch | null> {
  if (!branch.regionCode) return null;
  const rows = await db
    .select({ id: branches.id, name: branches.name, kind: branches.kind })
    .from(branches)
    .where(eq(branches.regionCode, branch.regionCode));
  let best: TExtractionMatch | null = null;
  for (const row of rows) {
    const score = (row.kind === branch.kind ? 0.6 : 0.1) + 0.4 * bestSimilarity(branch.name, row.name);
    if (score >= 0.6 && (!best || score > best.score))
      best = { id: row.id, name: plain(row.name), score: round(score) };
  }
  return best;
}

/**
 * The existing organization the caller may see whose name shares the extracted proper name: candidates are
 * those whose folded search key holds its longest words, then each is scored on all its names.
 */
async function matchOrganization(
  db: Queryable,
  principal: Principal | null,
  name: string,
): Promise<TExtractionMatch | null> {
  const words = [...coreTokens(name)].sort((a, b) => b.length - a.length).slice(0, 3);
  if (words.length === 0) return null;
  const rows = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(
      and(
        eq(organizations.status, "active"),
        isNull(organizations.mergedIntoId),
        principal ? organizationVisibility(principal) : undefined,
        ...words.map((word) => ilike(organizations.searchKey, `%${word}%`)),
      ),
    )
    .limit(20);
  let best: TExtractionMatch | null = null;
  for (const row of rows) {
    const score = bestSimilarity(name, row.name);
    if (score >= MATCH_THRESHOLD && (!best || score > best.score)) {
      best = { id: row.id, name: plain(row.name), score: round(score) };
    }
  }
  return best;
}

/** The names of a record, without empty languages. */
function plain(name: TLocalizedText): Record<string, string> {
  return Object.fromEntries(
    Object.entries(name).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
}
