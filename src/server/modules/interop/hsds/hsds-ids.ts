import { createHash } from "node:crypto";

/**
 * A stable UUID-shaped id for an HSDS record Yntymaq keeps inside another row (a phone, an address, a
 * service at a location, a taxonomy term): the MD5 of `kind:key`, which PostgreSQL computes the same way
 * (`md5(kind || ':' || key)::uuid`), so a nested record keeps its id across exports without being stored.
 */
export function derivedId(kind: string, key: string): string {
  const hex = createHash("md5").update(`${kind}:${key}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const serviceAtLocationKey = (serviceId: string, locationId: string) => `${serviceId}:${locationId}`;

export const SERVICE_CATEGORY_TAXONOMY_ID = derivedId("taxonomy", "yntymaq_service_categories");
export const TARGET_GROUP_TAXONOMY_ID = derivedId("taxonomy", "yntymaq_target_groups");

export const serviceCategoryTermId = (code: string) => derivedId("service_category", code);
export const targetGroupTermId = (code: string) => derivedId("target_group", code);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);
