import { isUuidShaped } from "../../../shared/contracts/news.ts";
import { pickLocalized, type TLocalizedText } from "../../../shared/localized-text.ts";

const BASE_SLUG_LENGTH = 80;

/**
 * Cyrillic (Kazakh and Russian) to ASCII Latin, following the 2021 Kazakh Latin alphabet with its
 * diacritics dropped (ғ → g, ң → n, ш → sh), so a slug needs no percent-encoding.
 */
// biome-ignore format: a compact table reads better than one letter per line
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: "a", ә: "a", б: "b", в: "v", г: "g", ғ: "g", д: "d", е: "e", ё: "io", ж: "j", з: "z", и: "i", й: "i",
  і: "i", к: "k", қ: "q", л: "l", м: "m", н: "n", ң: "n", о: "o", ө: "o", п: "p", р: "r", с: "s", т: "t",
  у: "u", ұ: "u", ү: "u", ф: "f", х: "h", һ: "h", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y",
  ь: "", э: "e", ю: "iu", я: "ia",
};

/** Turns any text into lower-case ASCII words joined by hyphens ("" when nothing is left). */
export function slugify(text: string): string {
  const latin = Array.from(text.toLowerCase(), (char) => CYRILLIC_TO_LATIN[char] ?? char).join("");
  const words = latin
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ı/g, "i")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (words.length <= BASE_SLUG_LENGTH) return words;
  const cut = words.slice(0, BASE_SLUG_LENGTH + 1);
  const lastBreak = cut.lastIndexOf("-");
  return (lastBreak > 0 ? cut.slice(0, lastBreak) : cut.slice(0, BASE_SLUG_LENGTH)).replace(/-+$/, "");
}

/** The slug a post gets from its title: the Kazakh title first, else Russian, else English. */
export function slugFromTitle(title: TLocalizedText): string {
  const base = slugify(pickLocalized(title, "kk")?.text ?? "");
  if (!base) return "news";
  return isUuidShaped(base) ? `news-${base}` : base;
}

/** `base` itself when free, else `base-2`, `base-3`, … skipping the taken ones. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
