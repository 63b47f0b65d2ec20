import type { Locale } from "../../../shared/vocabulary.ts";
import { translate } from "../../i18n/translate.ts";
import type { HelpCardEntry, ShownText } from "./help-card.model.ts";
import { fallbackNote, shorten } from "./help-card-entry.ts";
import type { CardBlock, Paragraph, Run } from "./help-card-pdf-layout.ts";

/** Shorter texts for the rare card whose full texts do not fit even in the smallest type. */
const COMPACT_LIMITS = { name: 70, organization: 60, address: 70, apply: 80, referralNote: 50 } as const;

/** The texts of one service as paragraphs of bold labels and regular values. */
export function cardBlock(entry: HelpCardEntry, locale: Locale, compact: boolean): CardBlock {
  const t = (key: string) => translate(locale, key);
  const text = (value: ShownText, max: number) => {
    const body = compact ? shorten(value.text, max) : value.text;
    const note = fallbackNote(value, locale);
    return note ? `${body} ${note}` : body;
  };
  const field = (key: string, value: string): Run[] => [
    { text: `${t(`site.help_card.field.${key}`)}: `, bold: true },
    { text: value, bold: false },
  ];

  const paragraphs: Paragraph[] = [];
  if (entry.organization) {
    paragraphs.push([{ text: text(entry.organization, COMPACT_LIMITS.organization), bold: false }]);
  }
  if (entry.address) paragraphs.push(field("address", text(entry.address, COMPACT_LIMITS.address)));
  if (entry.phone) paragraphs.push(field("phone", entry.phone));
  paragraphs.push([
    ...field("cost", `${entry.cost} · `),
    ...field("ages", `${entry.ages} · `),
    ...field("languages", entry.languages),
  ]);
  if (entry.apply) paragraphs.push(field("apply", text(entry.apply, COMPACT_LIMITS.apply)));
  const note = entry.referralNote ? ` — ${text(entry.referralNote, COMPACT_LIMITS.referralNote)}` : "";
  paragraphs.push(field("referral", `${entry.referral}${note}`));
  return { title: text(entry.name, COMPACT_LIMITS.name), paragraphs };
}
