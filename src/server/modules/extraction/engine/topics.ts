import type { SCOPE_AREAS, TARGET_GROUPS } from "../../../../shared/vocabulary.ts";
import { overlapsAny, type Piece } from "./text-segments.ts";

export type TargetGroup = (typeof TARGET_GROUPS)[number];
export type ScopeArea = (typeof SCOPE_AREAS)[number];

export interface Found<T> {
  start: number;
  end: number;
  value: T;
  confidence: number;
}

/** [pattern, value, confidence]: an abbreviation or a fixed term is surer than a word stem. */
type Rule<T> = readonly [RegExp, T, number];

const W = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const rx = (source: string) => new RegExp(source, "giu");

// biome-ignore format: one rule per line reads as a table
const TARGET_GROUP_RULES: ReadonlyArray<Rule<TargetGroup>> = [
  [rx(`${W}(АСБ|РАС)${E}`), "asd", 0.95],
  [rx(`${W}аутизм\\p{L}*|${W}аутист\\p{L}*|${W}аутизм\\s+спектр\\p{L}*`), "asd", 0.9],
  [rx(`${W}Даун\\p{L}*`), "down_syndrome", 0.9],
  [rx(`${W}(ДЦП|БЦС)${E}`), "cerebral_palsy", 0.95],
  [rx(`${W}церебрал\\p{L}*\\s+(сал|паралич)\\p{L}*`), "cerebral_palsy", 0.9],
  [rx(`${W}есту${E}(?=\\s+(және|мен|қабілет|бұзылыс|мүмкіндіг))|${W}саңырау\\p{L}*`), "hearing", 0.8],
  [rx(`${W}(нарушени\\p{L}*\\s+)?слух\\p{L}*|${W}глух\\p{L}*|${W}слабослыш\\p{L}*`), "hearing", 0.8],
  [rx(`${W}көру${E}(?=\\s+(және|мен|қабілет|бұзылыс|мүмкіндіг))|${W}зағип\\p{L}*`), "vision", 0.8],
  [rx(`${W}зрени\\p{L}*|${W}незряч\\p{L}*|${W}слабовид\\p{L}*|${W}слеп\\p{L}*`), "vision", 0.8],
  [rx(`${W}интеллект\\p{L}*|${W}ақыл-ой\\p{L}*|${W}умственн\\p{L}*|${W}ЗПР${E}|${W}задерж\\p{L}*\\s+психическ\\p{L}*\\s+развити\\p{L}*|${W}психикалық\\s+даму\\p{L}*\\s+тежел\\p{L}*`), "intellectual", 0.8],
];

// biome-ignore format: one rule per line reads as a table
const SCOPE_RULES: ReadonlyArray<Rule<ScopeArea>> = [
  [rx(`${W}білім\\p{L}*\\s+(беру|алу)\\p{L}*|${W}білімге${E}|${W}мектепке\\s+дайында\\p{L}*`), "education_access", 0.8],
  [rx(`${W}образовани\\p{L}*|${W}обучени\\p{L}*|${W}уч[иа]т\\p{L}*ся|${W}уч[её]б\\p{L}*|${W}оқыту\\p{L}*|${W}оқу${E}`), "education_access", 0.8],
  [rx(`${W}медицин\\p{L}*|${W}медициналық\\p{L}*|${W}оңалту\\p{L}*|${W}реабилитац\\p{L}*|${W}денсаулық\\p{L}*`), "medical_access", 0.8],
  [rx(`${W}әлеуметтік\\s+(қызмет|қолда|көмек)\\p{L}*|${W}социальн\\p{L}*\\s+(услуг|поддерж|помощ|обслуживан)\\p{L}*`), "social_services", 0.85],
  [rx(`${W}инклюзи\\p{L}*(?!\\p{L})(?!\\s+(саясат|политик))|${W}интеграци\\p{L}*|${W}(обычн|массов)\\p{L}*\\s+школ\\p{L}*|${W}жалпы\\s+білім\\s+беретін\\s+мектеп\\p{L}*`), "inclusion", 0.75],
  [rx(`${W}спорт\\p{L}*|${W}паралимп\\p{L}*|${W}бочча${E}|${W}бейімделген\\s+дене`), "adaptive_sport", 0.8],
  [rx(`${W}озық\\s+тәжірибе\\p{L}*|${W}тәжірибе\\p{L}*\\s+алмас\\p{L}*|${W}лучш\\p{L}*\\s+(опыт|практик)\\p{L}*|${W}обмен\\p{L}*\\s+опыт\\p{L}*`), "best_practice_exchange", 0.85],
  [rx(`${W}бірлескен\\s+(\\p{L}+\\s+)?(бастама|іс-шара|жоба|шара|акция)\\p{L}*|${W}совместн\\p{L}*\\s+(\\p{L}+\\s+)?(инициатив|мероприят|проект|акци)\\p{L}*`), "joint_initiatives", 0.85],
  [rx(`${W}инклюзив\\p{L}*\\s+(саясат|политик)\\p{L}*`), "inclusive_policy", 0.9],
];

function findAll<T>(ranges: readonly Piece[], rules: ReadonlyArray<Rule<T>>, skip: readonly Piece[]) {
  const found: Found<T>[] = [];
  for (const range of ranges) {
    for (const [pattern, value, confidence] of rules) {
      for (const match of range.text.matchAll(pattern)) {
        const start = range.start + (match.index ?? 0);
        const end = start + match[0].length;
        if (!overlapsAny(skip, start, end)) found.push({ start, end, value, confidence });
      }
    }
  }
  return firstOfEach(found);
}

/** One finding per value: the earliest in the text. */
function firstOfEach<T>(found: Found<T>[]): Found<T>[] {
  const byValue = new Map<T, Found<T>>();
  for (const item of [...found].sort((a, b) => a.start - b.start)) {
    if (!byValue.has(item.value)) byValue.set(item.value, item);
  }
  return [...byValue.values()];
}

export const findTargetGroups = (ranges: readonly Piece[], skip: readonly Piece[] = []) =>
  findAll(ranges, TARGET_GROUP_RULES, skip);

/** Scope areas, not counting the words of partners' names (a «Білім басқармасы» is no education promise). */
export const findScopeAreas = (ranges: readonly Piece[], skip: readonly Piece[] = []) =>
  findAll(ranges, SCOPE_RULES, skip);
