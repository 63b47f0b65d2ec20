import type { branches } from "../modules/branches/branches.schema.ts";
import type {
  initiativeMemoranda,
  initiativeOrganizations,
  initiatives,
} from "../modules/initiatives/initiatives.schema.ts";
import type { commitments, memoranda, memorandumParties } from "../modules/memoranda/memoranda.schema.ts";
import type { newsLinks, newsPosts } from "../modules/news/news.schema.ts";
import type { organizationRegions, organizations } from "../modules/organizations/organizations.schema.ts";
import type { practiceReplications, practices } from "../modules/practices/practices.schema.ts";
import type { locations, serviceLocations, services } from "../modules/services/services.schema.ts";

/** Every demo row, built in memory first so the whole set can be inserted table by table. */
export interface DemoRecords {
  branches: (typeof branches.$inferInsert)[];
  organizations: (typeof organizations.$inferInsert)[];
  organizationRegions: (typeof organizationRegions.$inferInsert)[];
  locations: (typeof locations.$inferInsert)[];
  services: (typeof services.$inferInsert)[];
  serviceLocations: (typeof serviceLocations.$inferInsert)[];
  memoranda: (typeof memoranda.$inferInsert)[];
  memorandumParties: (typeof memorandumParties.$inferInsert)[];
  commitments: (typeof commitments.$inferInsert)[];
  initiatives: (typeof initiatives.$inferInsert)[];
  initiativeMemoranda: (typeof initiativeMemoranda.$inferInsert)[];
  initiativeOrganizations: (typeof initiativeOrganizations.$inferInsert)[];
  practices: (typeof practices.$inferInsert)[];
  practiceReplications: (typeof practiceReplications.$inferInsert)[];
  newsPosts: (typeof newsPosts.$inferInsert)[];
  newsLinks: (typeof newsLinks.$inferInsert)[];
}

export function emptyDemoRecords(): DemoRecords {
  return {
    branches: [],
    organizations: [],
    organizationRegions: [],
    locations: [],
    services: [],
    serviceLocations: [],
    memoranda: [],
    memorandumParties: [],
    commitments: [],
    initiatives: [],
    initiativeMemoranda: [],
    initiativeOrganizations: [],
    practices: [],
    practiceReplications: [],
    newsPosts: [],
    newsLinks: [],
  };
}

/** A fixed instant (UTC) so the demo does not depend on the day it is loaded. */
export const demoInstant = (isoDate: string, hour = 9): Date =>
  new Date(`${isoDate}T${String(hour).padStart(2, "0")}:00:00Z`);
