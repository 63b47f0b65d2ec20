import { index, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";

/**
 * HSDS ids of records Yntymaq keeps inside another row (a service's phone, a location's address, a
 * service at a location), so an imported id comes back out unchanged. Organizations, services and
 * locations need no entry: an imported one is stored under its HSDS id.
 */
export const hsdsIdentifiers = pgTable(
  "hsds_identifiers",
  {
    /** What the id names: `service_phone`, `organization_phone`, `address`, `service_at_location`, … */
    entity: text("entity").notNull(),
    /** The Yntymaq row it belongs to: a row id, or `serviceId:locationId` for a service at a location. */
    localKey: text("local_key").notNull(),
    hsdsId: uuid("hsds_id").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.entity, table.localKey] }),
    index("hsds_identifiers_hsds_id_idx").on(table.hsdsId),
  ],
);
