import { closestWithinSlips } from "../../../shared/search/edit-distance.ts";
import { foldText } from "../../../shared/search/fold.ts";
import { REGION_SEEDS } from "../regions/regions.data.ts";
import { TOWNS } from "../regions/towns.data.ts";

export interface PlaceMatch {
  regionCode: string;
  /** The folded name of a city or town that was named, to rank its own services first. */
  localityKey: string | null;
  /** The words of the query that named the place. */
  text: string;
}

/** Words that only say "region", "city" and the like, in kk, ru and en, folded. */
export const PLACE_WORDS = new Set(
  [
    "облысы",
    "облысында",
    "облысындағы",
    "область",
    "области",
    "обл",
    "region",
    "oblast",
    "oblysy",
    "қаласы",
    "қаласында",
    "қала",
    "город",
    "города",
    "г",
    "city",
    "аудан",
    "ауданы",
    "район",
  ].map(foldText),
);

/** Kazakh case endings (locative, ablative, dative, genitive) and the Russian locative, folded, longest first. */
const CASE_ENDINGS = [
  "dagi",
  "tegi",
  "nda",
  "nde",
  "dan",
  "den",
  "tan",
  "ten",
  "nan",
  "nen",
  "nin",
  "din",
  "tin",
  "da",
  "de",
  "ta",
  "te",
  "ga",
  "ge",
  "ka",
  "ke",
  "na",
  "ne",
  "e",
];

interface Entry {
  regionCode: string;
  localityKey: string | null;
}

function buildGazetteer(): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const add = (name: string, entry: Entry) => {
    const key = foldText(name);
    if (key && !entries.has(key)) entries.set(key, entry);
  };
  const withoutPlaceWords = (name: string) =>
    foldText(name)
      .split(" ")
      .filter((word) => !PLACE_WORDS.has(word))
      .join(" ");
  // Earlier additions win: a city's own name before a region's short name ("Almaty" is the city).
  for (const region of REGION_SEEDS.filter((r) => r.kind === "city")) {
    for (const name of Object.values(region.name))
      add(name, { regionCode: region.code, localityKey: foldText(region.centre.en) });
  }
  for (const region of REGION_SEEDS) {
    for (const name of Object.values(region.name)) add(name, { regionCode: region.code, localityKey: null });
  }
  for (const region of REGION_SEEDS) {
    for (const name of Object.values(region.name))
      add(withoutPlaceWords(name), { regionCode: region.code, localityKey: null });
  }
  for (const region of REGION_SEEDS) {
    const localityKey = foldText(region.centre.en);
    for (const name of Object.values(region.centre)) add(name, { regionCode: region.code, localityKey });
  }
  for (const region of REGION_SEEDS) {
    for (const alias of region.aliases) add(alias, { regionCode: region.code, localityKey: null });
  }
  // Towns last: a town that shares a region's name (Turkistan, Almaty) is found as that region first.
  for (const [regionCode, towns] of Object.entries(TOWNS)) {
    for (const town of towns) {
      const localityKey = foldText(town.name.en);
      for (const name of Object.values(town.name)) add(name, { regionCode, localityKey });
    }
  }
  return entries;
}

const GAZETTEER = buildGazetteer();
const SINGLE_WORD_KEYS = [...GAZETTEER.keys()].filter((key) => !key.includes(" ") && key.length >= 4);

function lookup(phrase: string): Entry | undefined {
  const exact = GAZETTEER.get(phrase);
  if (exact || phrase.includes(" ")) return exact;
  for (const ending of CASE_ENDINGS) {
    if (phrase.length - ending.length >= 4 && phrase.endsWith(ending)) {
      const stem = GAZETTEER.get(phrase.slice(0, -ending.length));
      if (stem) return stem;
    }
  }
  return undefined;
}

/** A one-letter slip in a place name ("Shymknt") still names it, when nothing closer exists. */
function fuzzyLookup(word: string): Entry | undefined {
  const key = closestWithinSlips(word, SINGLE_WORD_KEYS, (candidate) => candidate);
  return key === null ? undefined : GAZETTEER.get(key);
}

/** Finds the longest place name starting at `tokens[start]` (up to four words). */
export function matchPlace(
  tokens: readonly string[],
  start: number,
  fuzzy: boolean,
): { match: PlaceMatch; length: number } | null {
  for (let length = Math.min(4, tokens.length - start); length >= 1; length--) {
    const phrase = tokens.slice(start, start + length).join(" ");
    const entry = lookup(phrase) ?? (fuzzy && length === 1 ? fuzzyLookup(phrase) : undefined);
    if (entry) return { match: { ...entry, text: phrase }, length };
  }
  return null;
}
