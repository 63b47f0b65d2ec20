import { closestWithinSlips } from "../../../shared/search/edit-distance.ts";
import { foldText } from "../../../shared/search/fold.ts";
import { NEED_SYNONYMS } from "./need-synonyms.ts";

/** One synonym group, folded: each alternative is a list of words. */
type FoldedGroup = string[][];

const GROUPS: FoldedGroup[] = NEED_SYNONYMS.map((group) =>
  [...new Set(group.map(foldText))].filter(Boolean).map((phrase) => phrase.split(" ")),
);

const SINGLE_WORDS: Array<{ word: string; group: FoldedGroup }> = GROUPS.flatMap((group) =>
  group
    .filter((alt) => alt.length === 1 && (alt[0]?.length ?? 0) >= 4)
    .map((alt) => ({ word: alt[0] ?? "", group })),
);

function wordMatches(queryWord: string, vocabularyWord: string): boolean {
  if (queryWord === vocabularyWord) return true;
  // Inflected forms: «логопедический» starts with «логопед», "therap" starts "therapy".
  return (
    queryWord.length >= 4 &&
    vocabularyWord.length >= 4 &&
    (queryWord.startsWith(vocabularyWord) || vocabularyWord.startsWith(queryWord))
  );
}

/** The synonym group whose longest alternative phrase starts at `tokens[start]`, with its length in words. */
export function matchNeed(
  tokens: readonly string[],
  start: number,
): { alternatives: string[][]; length: number } | null {
  let best: { alternatives: string[][]; length: number } | null = null;
  for (const group of GROUPS) {
    for (const alternative of group) {
      if (start + alternative.length > tokens.length || (best && alternative.length <= best.length)) continue;
      const matches = alternative.every((word, i) => wordMatches(tokens[start + i] ?? "", word));
      if (matches) best = { alternatives: group, length: alternative.length };
    }
  }
  return best;
}

/** A need word with a one-letter slip ("lagoped") still widens to its group. */
export function fuzzyMatchNeed(word: string): string[][] | null {
  return closestWithinSlips(word, SINGLE_WORDS, (entry) => entry.word)?.group ?? null;
}
