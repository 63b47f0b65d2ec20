import type { TExtractionProposal, TSpan } from "../../../../shared/contracts/extraction.ts";

export const SHYMKENT_BRANCH = "11111111-1d2a-4b7c-9e0f-0a1b2c3d4e5f";
export const ORDA = "22222222-1d2a-4b7c-9e0f-0a1b2c3d4e5f";
export const BOCCIA = "33333333-1d2a-4b7c-9e0f-0a1b2c3d4e5f";

/** Two signings of the seed press release, shortened. */
export const FIXTURE_TEXT = [
  "Шымкент қалалық филиалы «Amazing kids» балаларды түзету орталығы және «ОРДА» ұйымымен меморандум жасасты.",
  "",
  "Маңғыстау облысында партия жанындағы «Халық кеңесі» «Ана махаббаты» қоғамдық қорымен және өзге де ұйымдармен келісімге келді.",
  "",
  "– Озық тәжірибелермен алмасып, бірлескен бастамаларды іске асыру жоспарда бар, – деді партия өкілдері.",
].join("\n");

/** Where `words` are in the fixture text (the first time they occur). */
export function spanOf(words: string): TSpan {
  const start = FIXTURE_TEXT.indexOf(words);
  if (start < 0) throw new Error(`not in the fixture text: ${words}`);
  return { start, end: start + words.length };
}

const at = (words: string, confidence = 0.9) => ({ span: spanOf(words), confidence });

/** A proposal as POST /api/extraction returns it (ZExtractionProposal), written by hand. */
export function fixtureProposal(): TExtractionProposal {
  return {
    language: "kk",
    languageConfidence: 0.98,
    text: FIXTURE_TEXT,
    events: [
      {
        id: "e1",
        ...at(FIXTURE_TEXT.split("\n")[0] as string),
        branch: {
          ...at("Шымкент қалалық филиалы"),
          text: "Шымкент қалалық филиалы",
          kind: "city",
          name: "Шымкент қалалық филиалы",
          regionCode: "KZ-79",
          match: {
            id: SHYMKENT_BRANCH,
            name: { kk: "Шымкент қалалық филиалы", en: "Shymkent city branch" },
            score: 0.97,
          },
        },
        region: { ...at("Шымкент", 0.8), value: "KZ-79" },
        place: null,
        partners: [
          {
            ...at("«Amazing kids» балаларды түзету орталығы"),
            text: "«Amazing kids» балаларды түзету орталығы",
            name: "«Amazing kids»",
            nameLatin: "«Amazing kids»",
            type: "private_centre",
            typeConfidence: 0.7,
            level: "city",
            regionCode: "KZ-79",
            match: null,
          },
          {
            ...at("«ОРДА» ұйымымен"),
            text: "«ОРДА» ұйымымен",
            name: "«ОРДА»",
            nameLatin: "«ORDA»",
            type: "parents_association",
            typeConfidence: 0.6,
            level: null,
            regionCode: "KZ-79",
            match: {
              id: ORDA,
              name: { kk: "«ORDA» ата-аналар бірлестігі", en: "ORDA parents" },
              score: 0.95,
            },
          },
        ],
        partialList: null,
        targetGroups: [],
        scopeAreas: [],
        date: null,
        quotes: [],
      },
      {
        id: "e2",
        ...at(FIXTURE_TEXT.split("\n")[2] as string),
        branch: {
          ...at("«Халық кеңесі»"),
          text: "партия жанындағы «Халық кеңесі»",
          kind: "attached_body",
          name: "«Халық кеңесі»",
          regionCode: "KZ-47",
          match: null,
        },
        region: { ...at("Маңғыстау облысында"), value: "KZ-47" },
        place: null,
        partners: [
          {
            ...at("«Ана махаббаты» қоғамдық қорымен"),
            text: "«Ана махаббаты» қоғамдық қорымен",
            name: "«Ана махаббаты»",
            nameLatin: "«Ana mahabbaty»",
            type: "public_foundation",
            typeConfidence: 0.95,
            level: null,
            regionCode: "KZ-47",
            match: null,
          },
        ],
        partialList: { ...at("өзге де ұйымдармен"), text: "өзге де ұйымдармен" },
        targetGroups: [],
        scopeAreas: [],
        date: null,
        quotes: [],
      },
    ],
    quotes: [
      { ...at("Озық тәжірибелермен алмасып, бірлескен бастамаларды іске асыру жоспарда бар"), text: "…" },
    ],
    targetGroups: [],
    scopeAreas: [
      { ...at("Озық тәжірибелермен алмасып"), value: "best_practice_exchange" },
      { ...at("бірлескен бастамаларды"), value: "joint_initiatives" },
    ],
  };
}
