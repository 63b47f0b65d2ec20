import { sql } from "drizzle-orm";
import { allowedSlips, editDistance } from "../../../shared/search/edit-distance.ts";
import type { Queryable } from "../../db/client.ts";
import type { NeedTerm } from "./query-parser.ts";

/** Trigram neighbours fetched per typed word before the exact slip check. */
const CANDIDATES = 40;

/** The slips between a typed word and a directory word, or between it and a word's beginning (a prefix). */
function slipsTo(typed: string, word: string, max: number): number {
  const whole = editDistance(typed, word, max);
  return word.length > typed.length
    ? Math.min(whole, editDistance(typed, word.slice(0, typed.length), max))
    : whole;
}

/**
 * The words of the directory within the slips a typed word's length allows («lagoped» → logoped), found
 * through the trigram index of the word list and confirmed by edit distance.
 */
export async function wordsNear(db: Queryable, typed: string): Promise<string[]> {
  const slips = allowedSlips(typed.length);
  if (slips === 0) return [];
  const result = await db.execute<{ word: string }>(sql`
    SELECT word FROM directory_words WHERE word % ${typed}
    ORDER BY similarity(word, ${typed}) DESC, word LIMIT ${CANDIDATES}`);
  return result.rows.map((row) => row.word).filter((word) => slipsTo(typed, word, slips) <= slips);
}

/**
 * The needs again, each free word widened to the directory words it may be a slip of; null when no word
 * could be widened (the search would find nothing new). Vocabulary needs were already matched with slips.
 */
export async function widenBySlips(db: Queryable, needs: NeedTerm[]): Promise<NeedTerm[] | null> {
  let widened = false;
  const result: NeedTerm[] = [];
  for (const need of needs) {
    if (need.groupId !== undefined || need.alternatives.length !== 1) {
      result.push(need);
      continue;
    }
    const near = (await wordsNear(db, need.text)).filter((word) => word !== need.text);
    if (near.length > 0) widened = true;
    result.push({ text: need.text, alternatives: [...need.alternatives, ...near.map((word) => [word])] });
  }
  return widened ? result : null;
}
