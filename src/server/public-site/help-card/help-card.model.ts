import type { Locale } from "../../../shared/vocabulary.ts";

/** A text shown on the card; `lang` is set only when it falls back to another language than the card's. */
export interface ShownText {
  text: string;
  lang?: Locale;
}

/** One service, already translated and shortened: the HTML page and the PDF draw the same thing. */
export interface HelpCardEntry {
  id: string;
  name: ShownText;
  organization: ShownText | null;
  address: ShownText | null;
  phone: string | null;
  cost: string;
  ages: string;
  languages: string;
  apply: ShownText | null;
  referral: string;
  referralNote: ShownText | null;
}

export interface HelpCard {
  locale: Locale;
  siteName: string;
  entries: HelpCardEntry[];
  /** How many of the requested ids were skipped as unknown or unpublished. */
  skipped: number;
  /** The ids actually shown, in the order asked. */
  ids: string[];
  /** Absolute URL of this card (what the QR code opens). */
  listUrl: string;
  printedOn: string;
}
