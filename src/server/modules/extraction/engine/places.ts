import { foldText, foldTokens } from "../../../../shared/search/fold.ts";
import { matchPlace } from "../../directory/place-gazetteer.ts";
import { REGION_SEEDS } from "../../regions/regions.data.ts";
import { TOWNS } from "../../regions/towns.data.ts";
import type { ExtractionLanguage } from "./language.ts";
import type { Piece } from "./text-segments.ts";

export type PlaceKind = "region" | "city" | "town";

/** A place named in the text, resolved through the directory's gazetteer (cross-script folding). */
export interface PlaceMention extends Piece {
  regionCode: string;
  kind: PlaceKind;
  /** In the nominative and the text's language: «Қонаев» for «Қонаев қаласында». */
  name: string;
  /** Says where something happened: «Қонаев қаласында», «в Павлодаре». */
  locative: boolean;
  /** Describes a noun rather than the event: «Теміртау қаласындағы …». */
  attributive: boolean;
  /** «облыстық», «областной» / «қалалық», «городской» right after the name: the level of a branch or body. */
  levelWord: "region" | "city" | null;
}

interface Town {
  regionCode: string;
  names: { kk: string; ru: string };
}

const TOWN_BY_KEY = new Map<string, Town>();
for (const [regionCode, towns] of Object.entries(TOWNS)) {
  for (const town of towns) {
    for (const name of Object.values(town.name)) {
      const key = foldText(name);
      if (!TOWN_BY_KEY.has(key)) TOWN_BY_KEY.set(key, { regionCode, names: town.name });
    }
  }
}
const REGION_BY_CODE = new Map(REGION_SEEDS.map((region) => [region.code, region]));
/** Every place name exactly as spelled (folded), to tell «Қызылорда» from a locative like «Ақтауда». */
const NAME_KEYS = new Set([
  ...TOWN_BY_KEY.keys(),
  ...REGION_SEEDS.flatMap((region) => [
    ...Object.values(region.name),
    ...Object.values(region.centre),
    ...region.aliases,
  ]).flatMap((name) => [foldText(name), ...foldTokens(name)]),
]);

const LOCATIVE = /(nda|nde|da|de|ta|te)$/;
const ATTRIBUTIVE = /(dagi|degi|tagi|tegi)$/;
const RUSSIAN_LOCATIVE_PREPOSITIONS = new Set(["в", "во", "г", "городе"]);

function regionCodeOf(key: string): string | null {
  const found = matchPlace(key.split(" "), 0, false);
  return found && found.length === key.split(" ").length ? found.match.regionCode : null;
}

/** Case endings the gazetteer does not strip: Russian «в Астане», «в Караганде» (-а → -е), «в Конаеве». */
function caseForms(key: string): string[] {
  const forms = [key];
  for (const ending of [
    "dagi",
    "degi",
    "tagi",
    "tegi",
    "nda",
    "nde",
    "da",
    "de",
    "ta",
    "te",
    "ga",
    "ge",
    "e",
  ]) {
    if (key.length - ending.length >= 4 && key.endsWith(ending)) forms.push(key.slice(0, -ending.length));
  }
  if (key.endsWith("e")) forms.push(`${key.slice(0, -1)}a`);
  return forms;
}

/** The town a folded name (in any case form) refers to. */
function townOf(key: string): Town | undefined {
  for (const form of caseForms(key)) {
    const exact = TOWN_BY_KEY.get(form);
    if (exact) return exact;
  }
  const found = matchPlace([key], 0, false);
  if (!found?.match.localityKey) return undefined;
  return TOWN_BY_KEY.get(found.match.localityKey);
}

/** The gazetteer's longest match at the start of `tokens`, also trying the first word's other case forms. */
function matchAnyForm(tokens: string[]): ReturnType<typeof matchPlace> {
  const first = tokens[0];
  if (first === undefined) return null;
  for (const form of caseForms(first)) {
    const found = matchPlace([form, ...tokens.slice(1)], 0, false);
    if (found) return found;
  }
  return null;
}

/** Russian adjectives of place (Шымкентский, Астанинский, Петропавловский) back to the town's name. */
function townOfAdjectiveStem(stem: string): Town | undefined {
  const candidates = [stem, stem.replace(/in$/, "a"), stem.replace(/in$/, ""), stem.replace(/n$/, "")];
  candidates.push(stem.replace(/ov$/, ""), `${stem}sk`, `${stem}a`);
  for (const candidate of candidates) {
    const town = TOWN_BY_KEY.get(candidate);
    if (town) return town;
  }
  return undefined;
}

function regionMention(regionCode: string, language: ExtractionLanguage) {
  const region = REGION_BY_CODE.get(regionCode);
  const kind: PlaceKind = region?.kind === "city" ? "city" : "region";
  return { regionCode, kind, name: region?.name[language] ?? regionCode };
}

function townMention(town: Town, language: ExtractionLanguage) {
  const kind: PlaceKind = REGION_BY_CODE.get(town.regionCode)?.kind === "city" ? "city" : "town";
  return { regionCode: town.regionCode, kind, name: town.names[language] };
}

/** «Ақтауда», «облысында» are locatives; «Қызылорда» only ends like one and is a name as written. */
function caseMarked(folded: string): boolean {
  return LOCATIVE.test(folded) && !NAME_KEYS.has(folded);
}

const levelOf = (folded: string): "region" | "city" | null =>
  /^(oblis|oblast)/.test(folded) ? "region" : /^(kala|gorod)/.test(folded) ? "city" : null;

/** Whether the level word is an adjective (облыстық, городской) rather than a noun (облысы, город). */
const isLevelAdjective = (folded: string) => /^(oblistik|kalalik|oblastn|gorodsk)/.test(folded);

/** All place mentions among `words`, left to right, none overlapping. */
export function findPlaces(
  source: string,
  words: readonly Piece[],
  language: ExtractionLanguage,
): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  const folded = words.map((word) => foldText(word.text));
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Piece;
    if (!/^\p{Lu}/u.test(word.text)) continue;
    const next = folded[i + 1] ?? "";
    const previous = words[i - 1]?.text.toLowerCase() ?? "";
    // «2025 г.» is «года», not «город».
    const afterYear = previous === "г" && /^\d{4}$/.test(words[i - 2]?.text ?? "");
    const russianLocative = RUSSIAN_LOCATIVE_PREPOSITIONS.has(previous) && !afterYear;
    const make = (
      last: number,
      resolved: { regionCode: string; kind: PlaceKind; name: string },
      levelWord: PlaceMention["levelWord"],
    ): PlaceMention => {
      const end = (words[last] as Piece).end;
      const lastFolded = folded[last] ?? "";
      const attributive = ATTRIBUTIVE.test(lastFolded);
      // «Қызылорда» ends like a locative but is a name as written; «Ақтауда», «облысында» are locatives.
      const kazakhLocative = language === "kk" && caseMarked(lastFolded);
      const locative = !attributive && (russianLocative || kazakhLocative);
      return {
        start: word.start,
        end,
        text: source.slice(word.start, end),
        ...resolved,
        locative,
        attributive,
        levelWord: locative ? null : levelWord,
      };
    };

    const adjective = (folded[i] ?? "").match(/^(.+?)(sk)(aia|oi|uiu|om|ii|ogo|omu|im|oe|ie|ih)$/);
    if (adjective) {
      const stem = `${adjective[1]}sk`;
      const level = levelOf(next);
      const regionCode = level !== "city" ? regionCodeOf(`${stem}aia`) : null;
      const town = regionCode ? undefined : townOfAdjectiveStem(adjective[1] as string);
      if (regionCode || town) {
        const resolved = regionCode
          ? regionMention(regionCode, language)
          : townMention(town as Town, language);
        const adjectiveOnly = level === null || isLevelAdjective(next);
        mentions.push(make(adjectiveOnly ? i : i + 1, resolved, adjectiveOnly ? level : null));
        if (!adjectiveOnly) i++;
        continue;
      }
    }
    if (/^stolichn/.test(folded[i] ?? "")) {
      mentions.push(make(i, regionMention("KZ-71", language), "city"));
      continue;
    }

    const window = words.slice(i, i + 4);
    const tokens = window.flatMap((w, index) => foldTokens(w.text).map((token) => ({ token, index })));
    const found = matchAnyForm(tokens.map((t) => t.token));
    if (!found) continue;
    const last = i + (tokens[found.length - 1]?.index ?? 0);
    const nameKey = tokens
      .slice(0, found.length)
      .map((t) => t.token)
      .join(" ");
    const after = folded[last + 1] ?? "";
    // «в Павлодаре областной филиал»: a name in the locative is not the name of the level that follows.
    const inLocative = russianLocative || (language === "kk" && caseMarked(folded[last] ?? ""));
    const level = inLocative ? null : levelOf(after);
    let resolved: { regionCode: string; kind: PlaceKind; name: string };
    if (level === "region") {
      resolved = regionMention(regionCodeOf(`${nameKey} oblisi`) ?? found.match.regionCode, language);
    } else if (found.match.localityKey === null && !level) {
      // A bare name shared by a region and its centre (Павлодар, Түркістан) names the town.
      const town = townOf(nameKey);
      resolved = town ? townMention(town, language) : regionMention(found.match.regionCode, language);
    } else {
      const town = townOf(nameKey);
      resolved = town ? townMention(town, language) : regionMention(found.match.regionCode, language);
    }
    if (level && !isLevelAdjective(after)) {
      mentions.push(make(last + 1, resolved, null));
      i = last + 1;
    } else {
      mentions.push(make(last, resolved, level));
      i = last;
    }
  }
  return mentions;
}
