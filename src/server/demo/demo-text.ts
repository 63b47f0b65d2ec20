/** Demo text is always written in all three languages. */
export interface Text3 {
  kk: string;
  ru: string;
  en: string;
}

export const t = (kk: string, ru: string, en: string): Text3 => ({ kk, ru, en });
