import { pickLocalized, type TLocalizedText } from "../../../shared/localized-text.ts";
import type { Locale } from "../../../shared/vocabulary.ts";
import { translate } from "../../i18n/translate.ts";
import type { ServiceRecord } from "../../modules/services/services.repository.ts";
import { agesLabel, costLabel, languagesLabel } from "../components/format.ts";
import type { HelpCardEntry, ShownText } from "./help-card.model.ts";

/** Longer texts are cut so that twelve services still fit on one page; the service page has the rest. */
const LIMITS = { name: 140, organization: 120, address: 140, apply: 170, referralNote: 110 } as const;

export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:–-]+$/, "")}…`;
}

function shown(value: TLocalizedText | null | undefined, locale: Locale, max: number): ShownText | null {
  const picked = pickLocalized(value, locale);
  if (!picked) return null;
  const text = shorten(picked.text, max);
  return picked.locale === locale ? { text } : { text, lang: picked.locale };
}

function addressOf(service: ServiceRecord, locale: Locale): ShownText | null {
  const [first] = service.locations;
  if (!first) return null;
  const locality = pickLocalized(first.locality, locale);
  const street = pickLocalized(first.address, locale);
  const parts = [locality?.text, street?.text].filter((part): part is string => Boolean(part));
  if (parts.length === 0) return null;
  const more = service.locations.length - 1;
  const suffix = more > 0 ? ` (${translate(locale, "site.help_card.more_locations", { count: more })})` : "";
  const text = shorten(parts.join(", "), LIMITS.address) + suffix;
  const fallback = [locality, street].find((part) => part && part.locale !== locale)?.locale;
  return fallback ? { text, lang: fallback } : { text };
}

export interface EntryOrganization {
  name: TLocalizedText;
  phone: string | null;
}

export function buildEntry(
  service: ServiceRecord,
  organization: EntryOrganization | undefined,
  locale: Locale,
): HelpCardEntry {
  const notSpecified = translate(locale, "site.help_card.not_specified");
  return {
    id: service.id,
    name: shown(service.name, locale, LIMITS.name) ?? { text: notSpecified },
    organization: shown(organization?.name, locale, LIMITS.organization),
    address: addressOf(service, locale),
    phone: service.phone ?? organization?.phone ?? null,
    cost: costLabel(service.cost, locale),
    ages: agesLabel(service.minAge, service.maxAge, locale),
    languages: languagesLabel(service.languages, locale) || notSpecified,
    apply: shown(service.applicationProcess, locale, LIMITS.apply),
    referral: translate(locale, `site.referral.${service.referralRequirement}`),
    referralNote:
      service.referralRequirement === "none"
        ? null
        : shown(service.referralNote, locale, LIMITS.referralNote),
  };
}

/** The short visible note after a text shown in another language, e.g. «(орыс тілі, аудармасы жоқ)». */
export function fallbackNote(value: ShownText | null, locale: Locale): string | null {
  if (!value?.lang) return null;
  const language = translate(locale, `site.language.${value.lang}`);
  return translate(locale, "site.translation_missing_short", { language });
}
