import { lowerKazakh } from "../../../../shared/search/fold.ts";

/**
 * The last word of a Kazakh noun phrase back in the nominative: the instrumental (орталығымен → орталығы),
 * genitive (ұйымының → ұйымы), dative (басқармасына → басқармасы) and accusative (кабинетін → кабинеті)
 * endings after the possessive -ы/-і are dropped.
 */
export function kazakhNominative(word: string): string {
  const match = word.match(/^(.+[ыі])(мен|нің|ның|на|не|н|нда|нде|нан|нен)$/u);
  return match ? (match[1] as string) : word;
}

/** Russian nouns of organizations: instrumental, genitive, dative, prepositional → nominative. */
const RUSSIAN_HEADS: ReadonlyArray<[RegExp, string, "m" | "f" | "n"]> = [
  [/^(центр|кабинет|фонд|союз|клуб|филиал)(ом|а|у|е)?$/iu, "$1", "m"],
  [/^(федераци|ассоциаци|организаци|школ)(ей|ии|и|ю|я|ой|е|ы|а)?$/iu, "$1", "f"],
  [/^(объединени|управлени)(ем|я|ю|и|е)?$/iu, "$1е", "n"],
  [/^(обществ)(ом|а|у|е|о)?$/iu, "$1о", "n"],
];

const STRESSED = /^(област|город|район)/iu;

function russianAdjective(word: string, gender: "m" | "f" | "n"): string {
  const match = word.match(/^(.+?)(ым|им|ой|ей|ого|его|ому|ему|ом|ем|ую|юю|ая|яя|ый|ий|ое|ее)$/u);
  if (!match) return word;
  const stem = match[1] as string;
  const soft = /[кгхжшщч]$/u.test(stem);
  if (gender === "f") return `${stem}ая`;
  if (gender === "n") return `${stem}ое`;
  return `${stem}${STRESSED.test(word) ? "ой" : soft ? "ий" : "ый"}`;
}

/**
 * A Russian descriptive name back in the nominative: its head noun (the first organization noun) and
 * the adjectives before it («Жетысуской областной федерацией адаптивного спорта» → «Жетысуская областная
 * федерация адаптивного спорта»). What follows the head is a genitive complement and stays as written.
 */
export function russianNominative(name: string): string {
  const words = name.split(" ");
  const head = words.findIndex((word) => RUSSIAN_HEADS.some(([pattern]) => pattern.test(word)));
  if (head < 0) return name;
  const [pattern, replacement, gender] = RUSSIAN_HEADS.find(([p]) => p.test(words[head] as string)) as [
    RegExp,
    string,
    "m" | "f" | "n",
  ];
  const nominativeHead = (words[head] as string).replace(pattern, replacement);
  const headWord =
    gender === "f" && !/я$/u.test(nominativeHead) && /и$/u.test(nominativeHead)
      ? `${nominativeHead}я`
      : gender === "f" && /школ$/u.test(nominativeHead)
        ? `${nominativeHead}а`
        : nominativeHead;
  const adjectives = words.slice(0, head).map((word) => russianAdjective(word, gender));
  const restored = [...adjectives, headWord, ...words.slice(head + 1)].join(" ");
  return /^\p{Lu}/u.test(name) ? restored.charAt(0).toUpperCase() + restored.slice(1) : restored;
}

// biome-ignore format: one alphabet, kept as a table (../shared/PRODUCT.md, Kazakh Latin 2021)
const KAZAKH_LATIN: Record<string, string> = {
  а: "a", ә: "ä", б: "b", в: "v", г: "g", ғ: "ğ", д: "d", е: "e", ж: "j", з: "z", и: "i", й: "i", і: "ı",
  к: "k", қ: "q", л: "l", м: "m", н: "n", ң: "ñ", о: "o", ө: "ö", п: "p", р: "r", с: "s", т: "t", у: "u",
  ұ: "ū", ү: "ü", ф: "f", х: "h", һ: "h", ш: "ş", ы: "y",
  // Russian-only letters have no official letter: the usual spellings.
  ё: "io", ц: "ts", ч: "ch", щ: "ş", ъ: "", ь: "", э: "e", ю: "iu", я: "ia",
};

const UPPER: Record<string, string> = { ı: "I", i: "İ" };

/** Kazakh Latin (2021) with each word capitalized: «Ана махаббаты» → «Ana Mahabbaty». */
export function toKazakhLatin(text: string): string {
  let latin = "";
  for (const char of text) {
    const lower = lowerKazakh(char);
    latin += KAZAKH_LATIN[lower] ?? lower;
  }
  return latin.replace(/(^|[\s«"“„(])(\p{L})/gu, (_, before: string, letter: string) => {
    return before + (UPPER[letter] ?? letter.toUpperCase());
  });
}
