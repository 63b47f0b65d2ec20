import { closestWithinSlips } from "../../../shared/search/edit-distance.ts";
import { foldText, foldTokens } from "../../../shared/search/fold.ts";
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
 * Words that name a kind of place rather than a need («оңалту орталығы», "speech therapy room"): most
 * listings are some centre or room, so beside a real need or a place they narrow nothing a family meant
 * and are left out; alone, they are searched like any word.
 */
const GENERIC_WORDS = new Set(
  [
    "орталық",
    "орталығы",
    "орталығында",
    "центр",
    "центра",
    "центре",
    "centre",
    "center",
    "кабинет",
    "кабинеті",
    "кабинете",
    "room",
    "қызмет",
    "қызметі",
    "услуги",
    "услуга",
    "service",
    "services",
  ].map(foldText),
);

const isGeneric = (need: NeedTerm) =>
  need.groupId === undefined &&
  (GENERIC_WORDS.has(need.text) || closestWithinSlips(need.text, GENERIC_WORDS, (word) => word) !== null);

/** The query without its generic words (also with a slip: «орталчғы»), unless they are all it has. */
function withoutGenericNeeds(parsed: ParsedQuery): ParsedQuery {
  const specific = parsed.needs.filter((need) => !isGeneric(need));
  if (specific.length === parsed.needs.length) return parsed;
  if (specific.length === 0 && parsed.places.length === 0) return parsed;
  return { places: parsed.places, needs: specific };
}

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
    // A phrase with a slip («sensory integraton») beats a shorter exact match («sensory») inside it.
    const exact = matchNeed(tokens, i);
    const withSlips = matchNeed(tokens, i, true);
    const need = withSlips && withSlips.length > (exact?.length ?? 0) ? withSlips : exact;
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
  return withoutGenericNeeds({ places, needs });
}
