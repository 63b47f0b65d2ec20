import { z } from "zod";
import { LOCALES, type Locale } from "./vocabulary.ts";

const text = (max: number) => z.string().trim().min(1).max(max);

/** Text written by people, one entry per language; at least one language must be filled. */
export const ZLocalizedText = (max = 500) =>
  z
    .object({ kk: text(max).optional(), ru: text(max).optional(), en: text(max).optional() })
    .refine((value) => LOCALES.some((locale) => value[locale] !== undefined), {
      message: "validation.localized_text_empty",
    });

export const ZOptionalLocalizedText = (max = 5000) =>
  z.object({ kk: text(max).optional(), ru: text(max).optional(), en: text(max).optional() });

export type TLocalizedText = { kk?: string; ru?: string; en?: string };

/** Picks the text in the wanted language, else the first available one, and says which it is. */
export function pickLocalized(
  value: TLocalizedText | null | undefined,
  locale: Locale,
): { text: string; locale: Locale } | null {
  if (!value) return null;
  const wanted = value[locale];
  if (wanted) return { text: wanted, locale };
  for (const fallback of LOCALES) {
    const candidate = value[fallback];
    if (candidate) return { text: candidate, locale: fallback };
  }
  return null;
}
