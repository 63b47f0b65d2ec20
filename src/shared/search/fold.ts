/**
 * Folds text in any script people use for Kazakhstan's places and needs — Kazakh Cyrillic, Kazakh Latin
 * (2021 alphabet), Russian, informal Latin and English spellings — to one lower-case ASCII search key, so
 * «Шымкент», «Şymkent» and «Shymkent» share a key, as do «Қонаев», «Qonaev» and «Konaev».
 *
 * The database has the same function, `yntymaq_fold` (drizzle/, directory read model); a test keeps the two equal.
 *
 * Casing is done here, letter by letter, instead of with toLocaleLowerCase: JavaScript's `kk` locale maps
 * Latin `I` to `i`, while in the 2021 Kazakh alphabet `I` is the capital of `ı` (and `İ` of `i`).
 */

export const LOWER: Record<string, string> = {
  I: "ı",
  İ: "i",
  Ä: "ä",
  Ğ: "ğ",
  Ñ: "ñ",
  Ö: "ö",
  Ş: "ş",
  Ū: "ū",
  Ü: "ü",
  Ə: "ә",
  Ә: "ә",
  Ғ: "ғ",
  Қ: "қ",
  Ң: "ң",
  Ө: "ө",
  Ұ: "ұ",
  Ү: "ү",
  Һ: "һ",
  І: "і",
  Ё: "ё",
};

/** Lower-cases one character with Kazakh rules; other letters use the locale-independent mapping. */
export function lowerKazakh(char: string): string {
  return LOWER[char] ?? char.toLowerCase();
}

/** Cyrillic (Kazakh and Russian) and Kazakh Latin letters to the informal Latin most people type. */
// biome-ignore format: one alphabet, kept as a table
export const TO_LATIN: Record<string, string> = {
  а: "a", ә: "a", б: "b", в: "v", г: "g", ғ: "g", д: "d", е: "e", ё: "e", ж: "j", з: "z", и: "i", й: "i",
  і: "i", к: "k", қ: "k", л: "l", м: "m", н: "n", ң: "n", о: "o", ө: "o", п: "p", р: "r", с: "s", т: "t",
  у: "u", ұ: "u", ү: "u", ф: "f", х: "h", һ: "h", ц: "ts", ч: "ch", ш: "sh", щ: "sh", ъ: "", ы: "y", ь: "",
  э: "e", ю: "iu", я: "ia",
  // Kazakh Latin 2021, and the accented Latin letters of other spellings
  ä: "a", ə: "a", ğ: "g", ı: "i", ñ: "n", ö: "o", ş: "sh", ū: "u", ü: "u", ç: "ch", č: "ch", š: "sh", ž: "j",
  á: "a", à: "a", â: "a", å: "a", ā: "a", é: "e", è: "e", ê: "e", ë: "e", í: "i", ì: "i", î: "i", ï: "i",
  ó: "o", ò: "o", ô: "o", ú: "u", ù: "u", û: "u", ý: "y", w: "v",
  // Latin letters whose sound another letter already spells
  q: "k", x: "ks",
};

/** Informal digraphs that spell one Kazakh sound: Zhambyl/Jambyl, Kh/H, Yu/Iu, Ya/Ia, Dzh/Dj. */
export const DIGRAPHS: ReadonlyArray<[RegExp, string]> = [
  [/dzh/g, "j"],
  [/zh/g, "j"],
  [/dj/g, "j"],
  [/kh/g, "h"],
  [/yu/g, "iu"],
  [/ya/g, "ia"],
  [/yo/g, "e"],
];

/** One search key: lower-case ASCII letters and digits separated by single spaces. */
export function foldText(text: string): string {
  let latin = "";
  for (const char of text.normalize("NFC")) {
    const lower = lowerKazakh(char);
    const mapped = TO_LATIN[lower];
    if (mapped !== undefined) {
      latin += mapped;
      continue;
    }
    // Anything else that is not an ASCII letter or digit separates words.
    latin += /^[a-z0-9]$/.test(lower) ? lower : " ";
  }
  for (const [pattern, replacement] of DIGRAPHS) latin = latin.replace(pattern, replacement);
  // ы and і are spelled y or i at random in informal Latin (Shymkent/Shimkent, Zhetysu/Jetisu): one letter.
  latin = latin.replace(/y/g, "i");
  return latin.replace(/\s+/g, " ").trim();
}

/** The folded words of a text, for token matching. */
export function foldTokens(text: string): string[] {
  const folded = foldText(text);
  return folded === "" ? [] : folded.split(" ");
}
