import { allowedSlips, closestWithinSlips, editDistance } from "../../../shared/search/edit-distance.ts";
import { foldText } from "../../../shared/search/fold.ts";
import { NEED_SYNONYMS } from "./need-synonyms.ts";

/** One synonym group, folded: each alternative is a list of words; `id` is its index in NEED_SYNONYMS. */
interface FoldedGroup {
  id: number;
  alternatives: string[][];
}

/** Every synonym group, folded; the read model tags each entry with the ids of the groups it matches. */
export const NEED_GROUPS: readonly FoldedGroup[] = NEED_SYNONYMS.map((group, id) => ({
  id,
  alternatives: [...new Set(group.map(foldText))].filter(Boolean).map((phrase) => phrase.split(" ")),
}));

/** A need group as a tsquery: any alternative, each word a prefix. Folded words are [a-z0-9] only. */
export function tsqueryOf(alternatives: string[][]): string {
  return alternatives.map((words) => `(${words.map((w) => `${w}:*`).join(" & ")})`).join(" | ");
}

const SINGLE_WORDS: Array<{ word: string; group: FoldedGroup }> = NEED_GROUPS.flatMap((group) =>
  group.alternatives
    .filter((alt) => alt.length === 1 && (alt[0]?.length ?? 0) >= 4)
    .map((alt) => ({ word: alt[0] ?? "", group })),
);

function wordMatches(queryWord: string, vocabularyWord: string, slips = false): boolean {
  if (slips && queryWord.length >= 5) {
    const allowed = allowedSlips(queryWord.length);
    if (editDistance(queryWord, vocabularyWord, allowed) <= allowed) return true;
  }
  if (queryWord === vocabularyWord) return true;
  // Inflected forms: «логопедический» starts with «логопед», "therap" starts "therapy".
  return (
    queryWord.length >= 4 &&
    vocabularyWord.length >= 4 &&
    (queryWord.startsWith(vocabularyWord) || vocabularyWord.startsWith(queryWord))
  );
}

/**
 * The synonym group whose longest alternative phrase starts at `tokens[start]`, with its length in words.
 * With `slips`, only phrases of two words or more are tried, each word within the slips its length allows
 * («early intrvention»); single words have their own slip matching (fuzzyMatchNeed).
 */
export function matchNeed(
  tokens: readonly string[],
  start: number,
  slips = false,
): { group: FoldedGroup; length: number } | null {
  let best: { group: FoldedGroup; length: number } | null = null;
  for (const group of NEED_GROUPS) {
    for (const alternative of group.alternatives) {
      if (start + alternative.length > tokens.length || (best && alternative.length <= best.length)) continue;
      if (slips && alternative.length < 2) continue;
      const matches = alternative.every((word, i) => wordMatches(tokens[start + i] ?? "", word, slips));
      if (matches) best = { group, length: alternative.length };
    }
  }
  return best;
}

/** A need word with a one-letter slip ("lagoped") still widens to its group. */
export function fuzzyMatchNeed(word: string): FoldedGroup | null {
  return closestWithinSlips(word, SINGLE_WORDS, (entry) => entry.word)?.group ?? null;
}
