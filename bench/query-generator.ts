import { DEMO_REGIONS } from "../src/server/demo/demo-geography.ts";
import { DemoRandom } from "../src/server/demo/demo-random.ts";
import { REGION_SEEDS } from "../src/server/modules/regions/regions.data.ts";
import { SERVICE_CATEGORY_SEEDS } from "../src/server/modules/services/service-categories.data.ts";
import { kazakhLatin } from "./bench-latin.ts";

export type QueryScript = "kk" | "ru" | "en" | "kk-Latn" | "alias" | "none";
export type QueryKind = "need+place" | "need" | "place" | "typo" | "filters";

export interface BenchQuery {
  kind: QueryKind;
  script: QueryScript;
  q?: string;
  region?: string;
  category?: string;
  age?: number;
  cost?: string;
  language?: string;
}

/** What families type for a need, by script. */
// biome-ignore format: a table of phrases reads better than one per line
const NEEDS: Record<"kk" | "ru" | "en" | "kk-Latn", readonly string[]> = {
  kk: ["логопед", "логопедтік", "ерте араласу", "оңалту орталығы", "инклюзивті балабақша", "ПМПК", "аутизм",
    "дефектолог", "психолог", "ата-аналар бірлестігі", "бочча", "арнайы мектеп", "сенсорлық интеграция", "ABA"],
  ru: ["логопед", "логопедический кабинет", "ранняя помощь", "реабилитация", "инклюзивный детский сад", "ПМПК",
    "аутизм", "дефектолог", "психолог", "ассоциация родителей", "АВА терапия", "коррекционная школа", "иппотерапия"],
  en: ["speech therapy", "speech therapist", "early intervention", "rehabilitation", "inclusive kindergarten",
    "PMPK", "autism", "ABA", "special educator", "parents association", "boccia", "psychologist", "hippotherapy"],
  "kk-Latn": ["logoped", "erte aralasu", "oñaltu", "inkliuzivtı balabaqşa", "psiholog", "autizm"],
};

interface PlaceName {
  text: string;
  script: QueryScript;
  region: string;
}

/**
 * Every locality of the generated data in four scripts, plus the old and Russian names of region centres,
 * weighted like the data: a region with more organizations is searched more often.
 */
function placeNames(): (readonly [PlaceName, number])[] {
  const names: PlaceName[] = [];
  for (const region of DEMO_REGIONS) {
    for (const place of region.places) {
      names.push({ text: place.name.kk, script: "kk", region: region.code });
      names.push({ text: place.name.ru, script: "ru", region: region.code });
      names.push({ text: place.name.en, script: "en", region: region.code });
      names.push({ text: kazakhLatin(place.name.kk), script: "kk-Latn", region: region.code });
    }
  }
  for (const seed of REGION_SEEDS)
    for (const alias of seed.aliases) names.push({ text: alias, script: "alias", region: seed.code });
  const weightOf = (code: string) => DEMO_REGIONS.find((region) => region.code === code)?.organizations ?? 1;
  const namesIn = (code: string) => names.filter((name) => name.region === code).length;
  return names.map((name) => [name, weightOf(name.region) / namesIn(name.region)] as const);
}

const CYRILLIC = "абвгдежзийклмнопрстуфхцчшыэюя";
const LATIN = "abcdefghijklmnopqrstuvwxyz";

/** One-letter typo (substitution, deletion or transposition) in a word of five letters or more. */
export function withTypo(random: DemoRandom, text: string): string {
  const words = text.split(" ");
  const candidates = words.map((word, index) => [word, index] as const).filter(([word]) => word.length >= 5);
  if (candidates.length === 0) return text;
  const [word, index] = random.pick(candidates);
  const chars = [...word];
  const at = random.int(1, chars.length - 2);
  const alphabet = /[а-яёәғқңөұүһі]/i.test(word) ? CYRILLIC : LATIN;
  const operation = random.int(0, 2);
  if (operation === 0) chars[at] = alphabet.charAt(random.int(0, alphabet.length - 1));
  else if (operation === 1) chars.splice(at, 1);
  else [chars[at], chars[at + 1]] = [chars[at + 1] ?? "", chars[at] ?? ""];
  words[index] = chars.join("");
  return words.join(" ");
}

const CATEGORIES = SERVICE_CATEGORY_SEEDS.map((category) => category.code);
const REGIONS = REGION_SEEDS.map((region) => region.code);

/** A realistic mix of directory queries: need and place in every script, typos, and filter-only browsing. */
export function generateQueries(seed: number, count: number): BenchQuery[] {
  const random = new DemoRandom(seed);
  const places = placeNames();
  const queries: BenchQuery[] = [];
  const need = (script: QueryScript) => {
    const key = script === "alias" || script === "none" ? random.pick(["kk", "ru", "en"] as const) : script;
    return random.pick(NEEDS[key]);
  };
  for (let i = 0; i < count; i++) {
    const kind = random.weighted<QueryKind>([
      ["need+place", 40],
      ["need", 12],
      ["place", 10],
      ["typo", 13],
      ["filters", 25],
    ]);
    if (kind === "filters") {
      queries.push({
        kind,
        script: "none",
        region: random.pick(REGIONS),
        category: random.pick(CATEGORIES),
        age: random.int(1, 16),
        ...(random.chance(0.6) ? { cost: random.pick(["free", "state_funded", "paid"]) } : {}),
        ...(random.chance(0.3) ? { language: random.pick(["kk", "ru"]) } : {}),
      });
      continue;
    }
    const place = random.weighted(places);
    const script = place.script;
    const text =
      kind === "need"
        ? need(script)
        : kind === "place"
          ? place.text
          : random.chance(0.7)
            ? `${need(script)} ${place.text}`
            : `${place.text} ${need(script)}`;
    queries.push({
      kind,
      script,
      q: kind === "typo" ? withTypo(random, text) : text,
      ...(kind === "need" && random.chance(0.5) ? { region: place.region } : {}),
    });
  }
  return queries;
}

const toQueryString = (params: Record<string, string | number | undefined>): string =>
  Object.entries(params)
    .filter(([, value]) => value !== undefined && value !== "")
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
    .join("&");

export function searchPath(query: BenchQuery): string {
  const { kind: _kind, script: _script, ...params } = query;
  return `/api/directory/search?${toQueryString(params)}`;
}

/** The baseline only understands text and region: filter-only queries are not sent to it. */
export function baselinePath(query: BenchQuery): string | null {
  if (!query.q) return null;
  return `/api/bench/baseline-search?${toQueryString({ q: query.q, region: query.region })}`;
}
