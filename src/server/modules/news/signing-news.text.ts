import { pickLocalized, type TLocalizedText } from "../../../shared/localized-text.ts";
import { LOCALES, type Locale } from "../../../shared/vocabulary.ts";
import { translate } from "../../i18n/translate.ts";

/** What a signing news draft is written from: the memorandum as it is at the moment it is signed. */
export interface SigningFacts {
  signedDate: string;
  signedPlace: TLocalizedText | null;
  scopeAreas: readonly string[];
  branchNames: readonly TLocalizedText[];
  partnerNames: readonly TLocalizedText[];
}

export interface SigningNewsText {
  title: Record<Locale, string>;
  summary: Record<Locale, string>;
  body: Record<Locale, string>;
}

/** The news contract allows titles up to 300 characters; a long list of partners is cut, not rejected. */
const MAX_TITLE = 300;
const MAX_SUMMARY = 1000;

const clip = (text: string, max: number): string => {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
};

const list = (locale: Locale, names: readonly TLocalizedText[]): string =>
  new Intl.ListFormat(locale, { type: "conjunction" }).format(
    names.map((name) => pickLocalized(name, locale)?.text ?? "").filter(Boolean),
  );

const longDate = (locale: Locale, isoDate: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );

function textIn(locale: Locale, facts: SigningFacts) {
  const t = (key: string, params: Record<string, string | number> = {}) =>
    translate(locale, `news.signing_draft.${key}`, params);
  const partners = list(locale, facts.partnerNames);
  const lead = t("lead", { parties: list(locale, [...facts.branchNames, ...facts.partnerNames]) });
  const place = pickLocalized(facts.signedPlace, locale)?.text;
  const when = place
    ? t("when_where", { date: longDate(locale, facts.signedDate), place })
    : t("when", { date: longDate(locale, facts.signedDate) });
  const areas = facts.scopeAreas.map((area) => t(`area.${area}`));
  const scope = areas.length ? t("scope", { areas: new Intl.ListFormat(locale).format(areas) }) : null;
  const paragraphs = [`${lead} ${when}`, scope, t("closing")].filter((p): p is string => p !== null);
  return {
    title: clip(t("title", { partners }), MAX_TITLE),
    summary: clip(lead, MAX_SUMMARY),
    body: paragraphs.join("\n\n"),
  };
}

/** The draft's title, summary and body in Kazakh, Russian and English, from the same facts. */
export function signingNewsText(facts: SigningFacts): SigningNewsText {
  const texts = Object.fromEntries(LOCALES.map((locale) => [locale, textIn(locale, facts)])) as Record<
    Locale,
    ReturnType<typeof textIn>
  >;
  const field = (name: "title" | "summary" | "body") =>
    Object.fromEntries(LOCALES.map((locale) => [locale, texts[locale][name]])) as Record<Locale, string>;
  return { title: field("title"), summary: field("summary"), body: field("body") };
}
