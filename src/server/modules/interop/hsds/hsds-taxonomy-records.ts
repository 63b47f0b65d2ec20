import type { Locale } from "../../../../shared/vocabulary.ts";
import { TARGET_GROUPS } from "../../../../shared/vocabulary.ts";
import { translate } from "../../../i18n/translate.ts";
import { SERVICE_CATEGORY_SEEDS } from "../../services/service-categories.data.ts";
import {
  SERVICE_CATEGORY_TAXONOMY_ID,
  serviceCategoryTermId,
  TARGET_GROUP_TAXONOMY_ID,
  targetGroupTermId,
} from "./hsds-ids.ts";
import type { HsdsRecord } from "./hsds-record-types.ts";

export const SERVICE_CATEGORY_TAXONOMY = "yntymaq_service_categories";
export const TARGET_GROUP_TAXONOMY = "yntymaq_target_groups";

export interface TaxonomyTermEntry {
  id: string;
  code: string;
  taxonomy: string;
  taxonomyId: string;
  name: (locale: Locale) => string;
}

/** Yntymaq's two closed vocabularies, published as HSDS taxonomies with stable term ids. */
export const TAXONOMY_TERMS: readonly TaxonomyTermEntry[] = [
  ...SERVICE_CATEGORY_SEEDS.map((category) => ({
    id: serviceCategoryTermId(category.code),
    code: category.code,
    taxonomy: SERVICE_CATEGORY_TAXONOMY,
    taxonomyId: SERVICE_CATEGORY_TAXONOMY_ID,
    name: (locale: Locale) => category.name[locale],
  })),
  ...TARGET_GROUPS.map((group) => ({
    id: targetGroupTermId(group),
    code: group,
    taxonomy: TARGET_GROUP_TAXONOMY,
    taxonomyId: TARGET_GROUP_TAXONOMY_ID,
    name: (locale: Locale) => translate(locale, `site.target_group.${group}`),
  })),
];

export const termById = new Map(TAXONOMY_TERMS.map((term) => [term.id, term]));

export function taxonomyRecords(locale: Locale): HsdsRecord[] {
  return [
    {
      id: SERVICE_CATEGORY_TAXONOMY_ID,
      name: translate(locale, "hsds.taxonomy.service_categories"),
      description: translate(locale, "hsds.taxonomy.service_categories_description"),
      version: "1",
    },
    {
      id: TARGET_GROUP_TAXONOMY_ID,
      name: translate(locale, "hsds.taxonomy.target_groups"),
      description: translate(locale, "hsds.taxonomy.target_groups_description"),
      version: "1",
    },
  ];
}

export function taxonomyTermRecord(term: TaxonomyTermEntry, locale: Locale): HsdsRecord {
  const name = term.name(locale);
  return {
    id: term.id,
    code: term.code,
    name,
    description: name,
    taxonomy: term.taxonomy,
    taxonomy_id: term.taxonomyId,
    language: locale,
  };
}

/** The attributes that tie a service to its categories and target groups. */
export function serviceAttributes(
  serviceId: string,
  categoryCodes: readonly string[],
  targetGroups: readonly string[],
  locale: Locale,
  resolveId: (entity: string, key: string) => string,
): HsdsRecord[] {
  const terms = [
    ...categoryCodes.map((code) => termById.get(serviceCategoryTermId(code))),
    ...targetGroups.map((code) => termById.get(targetGroupTermId(code))),
  ].filter((term): term is TaxonomyTermEntry => term !== undefined);
  return terms.map((term) => ({
    id: resolveId("service_attribute", `${serviceId}:${term.id}`),
    link_id: serviceId,
    link_type: term.taxonomy === SERVICE_CATEGORY_TAXONOMY ? "service_category" : "target_group",
    link_entity: "service",
    taxonomy_term_id: term.id,
    taxonomy_term: taxonomyTermRecord(term, locale),
  }));
}
