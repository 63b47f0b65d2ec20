import type { ORGANIZATION_LEVELS, ORGANIZATION_TYPES } from "../../../../shared/vocabulary.ts";

export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];
export type OrganizationLevel = (typeof ORGANIZATION_LEVELS)[number];

const W = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const rx = (source: string) => new RegExp(source, "iu");
const abbreviations = (list: string) => new RegExp(`${W}(${list})${E}`, "u");

/**
 * Type words in the order they are tried: a legal form (ҚҚ, ОФ, ТОО …) or an explicit «қоғамдық қоры» decides
 * before a descriptive head («орталығы», «центр»). `namedCentre` rules need a proper (quoted) name: an
 * unnamed «түзету орталығы» under a department is a state institution, «"Amazing kids" түзету орталығы» a private one.
 */
// biome-ignore format: one rule per line reads as a table
const TYPE_RULES: ReadonlyArray<{ pattern: RegExp; type: OrganizationType; confidence: number; namedCentre?: true }> = [
  { pattern: rx(`республикалық\\s+қоғамдық\\s+бірлест|республиканск\\p{L}*\\s+общественн\\p{L}*\\s+объединени`), type: "republican_association", confidence: 0.9 },
  { pattern: abbreviations("РОО|РОБО"), type: "republican_association", confidence: 0.9 },
  { pattern: abbreviations("ГККП|КГУ|КГКП|РГКП|РГУ|ГУ|КММ|КМҚК|МКҚК|ММ|ГКП"), type: "state_institution", confidence: 0.9 },
  { pattern: rx(`(басқарма|бөлім|министрлі)\\p{L}*\\s+қарасты|при\\s+(управлени|отдел|министерств)|мемлекеттік|государственн|${W}ПМПК${E}|психологиялық-педагогикалық\\s+түзету|психолого-педагогическ\\p{L}*\\s+коррекц`), type: "state_institution", confidence: 0.8 },
  { pattern: rx(`қоғамдық\\s+қор|қайырымдылық\\s+қор|общественн\\p{L}*\\s+фонд|благотворительн\\p{L}*\\s+фонд|корпоративн\\p{L}*\\s+фонд`), type: "public_foundation", confidence: 0.9 },
  { pattern: abbreviations("ОФ|БФ|КФ|ҚҚ"), type: "public_foundation", confidence: 0.9 },
  { pattern: rx(`қоғамдық\\s+бірлест|общественн\\p{L}*\\s+объединени`), type: "public_association", confidence: 0.9 },
  { pattern: abbreviations("ОО|ОЮЛ|ҚБ"), type: "public_association", confidence: 0.9 },
  { pattern: rx(`ата-анал\\p{L}*\\s+(қауымдаст|одағ|бірлест|кеңес|клуб)|родительск\\p{L}*\\s+(ассоциаци|объединени|союз|сообществ|клуб)|(ассоциаци|союз|объединени)\\p{L}*\\s+родител`), type: "parents_association", confidence: 0.85 },
  { pattern: rx(`${W}фонд\\p{L}*|${W}қор(ы|ымен|ының|ына|ын)?${E}`), type: "public_foundation", confidence: 0.7 },
  { pattern: rx(`федераци\\p{L}*|спорт\\p{L}*\\s+клуб|спортивн\\p{L}*\\s+клуб`), type: "sport_federation", confidence: 0.8 },
  { pattern: abbreviations("ТОО|ЧУ|ИП|ЖШС|ЖК|ЧОУ"), type: "private_centre", confidence: 0.85 },
  { pattern: rx(`жеке\\s+(\\p{L}+\\s+)?(орталығ|кабинет|мекеме)|частн\\p{L}*`), type: "private_centre", confidence: 0.85 },
  { pattern: rx(`орталығ|кабинет|центр|логопед`), type: "private_centre", confidence: 0.6, namedCentre: true },
  { pattern: rx(`орталығ|кабинет|центр|управлени|басқарма|мектеб|мектеп|школ|балабақша|детск\\p{L}*\\s+сад`), type: "state_institution", confidence: 0.6 },
  { pattern: rx(`ата-ана|родител`), type: "parents_association", confidence: 0.5 },
  { pattern: rx(`${W}обществ(о|а|ом|у|е)${E}|мүгедектер\\s+қоғам\\p{L}*`), type: "public_association", confidence: 0.7 },
  { pattern: rx(`ұйым|организаци|бірлест|ассоциаци|қауымдаст|одағ|объединени`), type: "public_association", confidence: 0.4 },
];

/** The organization type the words around a name state, or null when they state none. */
export function typeFromWords(
  words: string,
  hasProperName: boolean,
): { type: OrganizationType; confidence: number } | null {
  for (const rule of TYPE_RULES) {
    if (rule.namedCentre && !hasProperName) continue;
    if (rule.pattern.test(words)) return { type: rule.type, confidence: rule.confidence };
  }
  return null;
}

/** «республикалық», «облыстық», «қалалық» (ru too), when the mention states its level. */
export function levelFromWords(words: string): OrganizationLevel | null {
  if (/республика|республикан/iu.test(words)) return "republic";
  if (/облыст|облыс[ыі]|област/iu.test(words)) return "region";
  if (/қалалық|қаласы|городск|города|(^|\s)г\./iu.test(words)) return "city";
  return null;
}
