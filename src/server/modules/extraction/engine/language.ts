import type { EXTRACTION_LANGUAGES } from "../../../../shared/contracts/extraction.ts";

export type ExtractionLanguage = (typeof EXTRACTION_LANGUAGES)[number];

const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/gu;
const CYRILLIC_LETTERS = /[\u0400-\u04FF]/gu;
const KAZAKH_WORDS = new Set([
  "және",
  "мен",
  "бен",
  "пен",
  "үшін",
  "бойынша",
  "туралы",
  "жылы",
  "деді",
  "бар",
  "бұл",
  "осы",
]);
const RUSSIAN_WORDS = new Set([
  "и",
  "в",
  "с",
  "по",
  "для",
  "что",
  "на",
  "года",
  "о",
  "не",
  "как",
  "это",
  "при",
]);

/**
 * Kazakh or Russian, with a confidence. Each letter only Kazakh has (ә ғ қ ң ө ұ ү һ і) and each common
 * function word of a language is one vote; the confidence is the winner's share of the votes.
 */
export function detectLanguage(text: string): { language: ExtractionLanguage; confidence: number } {
  const letters = text.match(CYRILLIC_LETTERS)?.length ?? 0;
  const kazakhLetters = text.match(KAZAKH_LETTERS)?.length ?? 0;
  let kk = kazakhLetters;
  let ru = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (KAZAKH_WORDS.has(word)) kk += 3;
    if (RUSSIAN_WORDS.has(word)) ru += 3;
  }
  // A long Cyrillic text without a single Kazakh letter is Russian even if no function word was counted.
  if (letters > 0 && kazakhLetters === 0) ru += 1 + Math.floor(letters / 100);
  const total = kk + ru;
  if (total === 0) return { language: "ru", confidence: 0 };
  const language = kk > ru ? "kk" : "ru";
  return { language, confidence: Math.round((Math.max(kk, ru) / total) * 100) / 100 };
}
