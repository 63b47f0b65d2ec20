import { foldTokens } from "../../../shared/search/fold.ts";
import { fuzzyMatchNeed, matchNeed } from "./need-vocabulary.ts";
import { matchPlace, PLACE_WORDS, type PlaceMatch } from "./place-gazetteer.ts";

/** One thing the family asked for, with every spelling that means it. */
export interface NeedTerm {
  /** The folded words as typed. */
  text: string;
  /** Alternatives, each a list of folded words that must all appear (as word prefixes). */
  alternatives: string[][];
  /** The synonym group the words belong to, when they are in the vocabulary (see NEED_GROUPS). */
  groupId?: number;
}

export interface ParsedQuery {
  places: PlaceMatch[];
  needs: NeedTerm[];
}

const STOP_WORDS = new Set([
  "v",
  "vo",
  "na",
  "dlia",
  "i",
  "in",
  "at",
  "for",
  "the",
  "and",
  "of",
  "near",
  "jane",
  "men",
  "ushin",
  "bala",
  "balalar",
  "deti",
  "detei",
  "child",
  "children",
  "kids",
]);

/**
 * Splits a family's query into places (regions, cities, old names, with Kazakh case endings) and needs
 * (widened to their synonyms in three languages), whatever script each word was typed in.
 */
export function parseQuery(text: string): ParsedQuery {
  const tokens = foldTokens(text);
  const places: PlaceMatch[] = [];
  const needs: NeedTerm[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] ?? "";
    if (PLACE_WORDS.has(token) || STOP_WORDS.has(token)) {
      i += 1;
      continue;
    }
    const place = matchPlace(tokens, i, false);
    if (place) {
      places.push(place.match);
      i += place.length;
      continue;
    }
    const need = matchNeed(tokens, i);
    if (need) {
      needs.push({
        text: tokens.slice(i, i + need.length).join(" "),
        alternatives: need.group.alternatives,
        groupId: need.group.id,
      });
      i += need.length;
      continue;
    }
    const fuzzyPlace = matchPlace(tokens, i, true);
    if (fuzzyPlace) {
      places.push(fuzzyPlace.match);
      i += fuzzyPlace.length;
      continue;
    }
    const group = fuzzyMatchNeed(token);
    needs.push(
      group
        ? { text: token, alternatives: group.alternatives, groupId: group.id }
        : { text: token, alternatives: [[token]] },
    );
    i += 1;
  }
  return { places, needs };
}
