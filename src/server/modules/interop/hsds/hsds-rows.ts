import type { organizations } from "../../organizations/organizations.schema.ts";
import type { locations, services } from "../../services/services.schema.ts";

export type OrganizationRowLike = typeof organizations.$inferSelect & { regionsServed: string[] };
export type ServiceRowLike = typeof services.$inferSelect;
export type LocationRowLike = typeof locations.$inferSelect;

/** Everything one page of HSDS records is built from, loaded in a few queries. */
export interface HsdsGraph {
  organizations: Map<string, OrganizationRowLike>;
  services: ServiceRowLike[];
  locations: Map<string, LocationRowLike>;
  /** Location ids of each service, public ones only. */
  locationsOfService: Map<string, string[]>;
  /** Imported HSDS ids by `entity\u0000localKey`. */
  identifiers: Map<string, string>;
}
