/**
 * Kazakh Cyrillic → the 2021 Latin alphabet, so the query mix has «Şymkent», «Qonaev», «Öskemen»
 * for every locality, as people with a Latin keyboard layout write them.
 */
// biome-ignore format: one letter pair per entry reads better as a table
const LETTERS: Record<string, string> = {
  а: "a", ә: "ä", б: "b", в: "v", г: "g", ғ: "ğ", д: "d", е: "e", ё: "io", ж: "j", з: "z", и: "i", й: "i",
  к: "k", қ: "q", л: "l", м: "m", н: "n", ң: "ñ", о: "o", ө: "ö", п: "p", р: "r", с: "s", т: "t", у: "u",
  ұ: "ū", ү: "ü", ф: "f", х: "h", һ: "h", ц: "ts", ч: "ch", ш: "ş", щ: "şş", ъ: "", ы: "y", і: "ı", ь: "",
  э: "e", ю: "iu", я: "ia",
};

export function kazakhLatin(text: string): string {
  let out = "";
  for (const char of text) {
    const lower = char.toLowerCase();
    const mapped = LETTERS[lower];
    if (mapped === undefined) out += char;
    else out += lower === char ? mapped : mapped.charAt(0).toUpperCase() + mapped.slice(1);
  }
  return out;
}
