import type { ImportKind } from "../../../../shared/contracts/spreadsheet-import.ts";
import {
  COST_KINDS,
  LOCALES,
  type Locale,
  ORGANIZATION_LEVELS,
  ORGANIZATION_TYPES,
  REFERRAL_REQUIREMENTS,
  SERVICE_LANGUAGES,
  TARGET_GROUPS,
} from "../../../../shared/vocabulary.ts";

/** A closed vocabulary: its codes and the i18n key of each code's label (accepted in any language). */
export interface Choice {
  codes: readonly string[];
  labelKey: (code: string) => string;
}

export type ValueKind =
  | { type: "text" }
  | { type: "localized"; locale: Locale }
  | { type: "choice"; choice: Choice }
  | { type: "choices"; choice: Choice }
  | { type: "integer" }
  | { type: "boolean" }
  | { type: "regions" }
  | { type: "categories" }
  | { type: "organization" };

/** One column a spreadsheet can fill: where its value goes in the create contract and how it is read. */
export interface ImportFieldDef {
  /** Stable key of the mapping, e.g. `name_kk`. */
  key: string;
  /** The create contract's property it fills (several localized columns fill one property). */
  path: string;
  labelKey: string;
  value: ValueKind;
  /** The mapping must name a column for it (for localized text: for one of its languages). */
  required?: boolean;
  /** The template's example value in `locale`, through the translator `t`. */
  example: (t: (key: string) => string, locale: Locale) => string;
}

const choice = (codes: readonly string[], prefix: string): Choice => ({
  codes,
  labelKey: (code) => `${prefix}.${code}`,
});
export const TYPE_CHOICE = choice(ORGANIZATION_TYPES, "site.organization.type");
export const LEVEL_CHOICE = choice(ORGANIZATION_LEVELS, "app.partners.level");
export const TARGET_GROUP_CHOICE = choice(TARGET_GROUPS, "site.target_group");
export const COST_CHOICE = choice(COST_KINDS, "site.cost");
export const LANGUAGE_CHOICE = choice(SERVICE_LANGUAGES, "site.language");
export const REFERRAL_CHOICE = choice(REFERRAL_REQUIREMENTS, "site.referral");

/** Name and description columns, one per language. */
function localized(
  base: string,
  path: string,
  labelKey: string,
  examples: Record<Locale, string>,
  required = false,
): ImportFieldDef[] {
  return LOCALES.map((locale) => ({
    key: `${base}_${locale}`,
    path,
    labelKey,
    value: { type: "localized", locale },
    required,
    example: () => examples[locale],
  }));
}

const text = (key: string, path: string, labelKey: string, example: string): ImportFieldDef => ({
  key,
  path,
  labelKey,
  value: { type: "text" },
  example: () => example,
});

const yes = (t: (key: string) => string) => t("analytics.export.yes");
const no = (t: (key: string) => string) => t("analytics.export.no");

/** A BIN with a correct check digit (the template's example organization). */
export const EXAMPLE_BIN = "180440012349";

const ORGANIZATION_FIELDS: ImportFieldDef[] = [
  ...localized(
    "name",
    "name",
    "app.partners.field.name",
    {
      kk: "«Ана махаббаты» қоғамдық қоры",
      ru: "Общественный фонд «Ана махаббаты»",
      en: "«Ana Mahabbaty» public foundation",
    },
    true,
  ),
  {
    key: "type",
    path: "type",
    labelKey: "app.partners.field.type",
    value: { type: "choice", choice: TYPE_CHOICE },
    required: true,
    example: (t) => t("site.organization.type.public_foundation"),
  },
  {
    key: "level",
    path: "level",
    labelKey: "app.partners.field.level",
    value: { type: "choice", choice: LEVEL_CHOICE },
    required: true,
    example: (t) => t("app.partners.level.region"),
  },
  text("bin", "bin", "app.partners.field.bin", EXAMPLE_BIN),
  {
    key: "regions_served",
    path: "regionsServed",
    labelKey: "app.partners.field.regions",
    value: { type: "regions" },
    example: (_t, locale) =>
      ({ kk: "Маңғыстау облысы", ru: "Мангистауская область", en: "Mangystau Region" })[locale],
  },
  {
    key: "target_groups",
    path: "targetGroups",
    labelKey: "app.partners.field.target_groups",
    value: { type: "choices", choice: TARGET_GROUP_CHOICE },
    example: (t) => `${t("site.target_group.asd")}; ${t("site.target_group.cerebral_palsy")}`,
  },
  text("email", "email", "app.partners.field.email", "info@anamahabbaty.example.kz"),
  text("phone", "phone", "app.partners.field.phone", "+7 7292 30 40 50"),
  text("website", "website", "app.partners.field.website", "https://anamahabbaty.example.kz"),
  text("contact_name", "contactName", "app.partners.field.contact_name", "Айгүл Серікова"),
  text("contact_position", "contactPosition", "app.partners.field.contact_position", "Директор"),
  ...localized("description", "description", "app.partners.field.description", {
    kk: "Ерекше балалардың ата-аналарына қолдау",
    ru: "Поддержка родителей особых детей",
    en: "Support for parents of special children",
  }),
  {
    key: "published",
    path: "published",
    labelKey: "app.partners.field.published",
    value: { type: "boolean" },
    example: yes,
  },
];

const SERVICE_FIELDS: ImportFieldDef[] = [
  {
    key: "organization",
    path: "organizationId",
    labelKey: "app.services.column.organization",
    value: { type: "organization" },
    required: true,
    example: () => EXAMPLE_BIN,
  },
  ...localized(
    "name",
    "name",
    "app.services.field.name",
    { kk: "Логопедтің сабақтары", ru: "Занятия с логопедом", en: "Speech therapy sessions" },
    true,
  ),
  {
    key: "categories",
    path: "categoryCodes",
    labelKey: "app.services.field.categories",
    value: { type: "categories" },
    example: (_t, locale) =>
      ({
        kk: "Түзету педагогикасы және логопедия",
        ru: "Коррекционная педагогика и логопедия",
        en: "Correctional pedagogy and speech therapy",
      })[locale],
  },
  {
    key: "target_groups",
    path: "targetGroups",
    labelKey: "app.services.field.target_groups",
    value: { type: "choices", choice: TARGET_GROUP_CHOICE },
    example: (t) => t("site.target_group.asd"),
  },
  {
    key: "cost",
    path: "cost",
    labelKey: "app.services.field.cost",
    value: { type: "choice", choice: COST_CHOICE },
    required: true,
    example: (t) => t("site.cost.free"),
  },
  {
    key: "min_age",
    path: "minAge",
    labelKey: "app.services.field.min_age",
    value: { type: "integer" },
    example: () => "3",
  },
  {
    key: "max_age",
    path: "maxAge",
    labelKey: "app.services.field.max_age",
    value: { type: "integer" },
    example: () => "7",
  },
  {
    key: "languages",
    path: "languages",
    labelKey: "app.services.field.languages",
    value: { type: "choices", choice: LANGUAGE_CHOICE },
    example: (t) => `${t("site.language.kk")}; ${t("site.language.ru")}`,
  },
  {
    key: "referral",
    path: "referralRequirement",
    labelKey: "app.services.field.referral",
    value: { type: "choice", choice: REFERRAL_CHOICE },
    example: (t) => t("site.referral.pmpk_conclusion"),
  },
  {
    key: "has_waitlist",
    path: "hasWaitlist",
    labelKey: "app.services.field.waitlist",
    value: { type: "boolean" },
    example: no,
  },
  {
    key: "capacity",
    path: "capacity",
    labelKey: "app.services.field.capacity",
    value: { type: "integer" },
    example: () => "20",
  },
  {
    key: "state_funded_places",
    path: "stateFundedPlaces",
    labelKey: "app.services.field.state_funded_places",
    value: { type: "integer" },
    example: () => "10",
  },
  text("email", "email", "app.services.field.email", "logoped@anamahabbaty.example.kz"),
  text("phone", "phone", "app.services.field.phone", "+7 7292 30 40 51"),
  text("url", "url", "app.services.field.url", "https://anamahabbaty.example.kz/logoped"),
  ...localized("description", "description", "app.services.field.description", {
    kk: "Жеке сабақтар, аптасына екі рет",
    ru: "Индивидуальные занятия два раза в неделю",
    en: "Individual sessions twice a week",
  }),
  {
    key: "published",
    path: "published",
    labelKey: "app.services.field.published",
    value: { type: "boolean" },
    example: yes,
  },
];

export const IMPORT_FIELDS: Record<ImportKind, ImportFieldDef[]> = {
  organizations: ORGANIZATION_FIELDS,
  services: SERVICE_FIELDS,
};

/** The column header of a field in `locale`: the label, with the language for per-language columns. */
export function fieldLabel(field: ImportFieldDef, t: (key: string) => string): string {
  const label = t(field.labelKey);
  return field.value.type === "localized" ? `${label} (${field.value.locale})` : label;
}
