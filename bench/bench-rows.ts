import type { Text3 } from "../src/server/demo/demo-text.ts";

/** Rows of the base tables as the bulk loader inserts them (dates as ISO strings, text as {kk,ru,en}). */
export interface BenchOrganization {
  id: string;
  name: Text3;
  type: string;
  level: string;
  bin: string | null;
  email: string;
  phone: string;
  website: string | null;
  targetGroups: string[];
  description: Text3;
  status: "active" | "archived";
  published: boolean;
  lastVerifiedAt: string;
}

export interface BenchLocation {
  id: string;
  organizationId: string;
  name: Text3 | null;
  regionCode: string;
  locality: Text3;
  address: Text3;
  postalCode: string;
  latitude: number;
  longitude: number;
}

export interface BenchService {
  id: string;
  organizationId: string;
  name: Text3;
  description: Text3;
  categoryCodes: string[];
  targetGroups: string[];
  status: "active" | "inactive" | "defunct";
  published: boolean;
  minAge: number;
  maxAge: number;
  cost: "free" | "state_funded" | "paid";
  feesDescription: Text3 | null;
  languages: string[];
  applicationProcess: Text3;
  schedule: Text3;
  referralRequirement: string;
  hasWaitlist: boolean;
  capacity: number | null;
  phone: string;
  email: string;
  lastVerifiedAt: string;
}

export interface BenchBatch {
  organizations: BenchOrganization[];
  organizationRegions: { organizationId: string; regionCode: string }[];
  locations: BenchLocation[];
  services: BenchService[];
  serviceLocations: { serviceId: string; locationId: string }[];
}

export const emptyBatch = (): BenchBatch => ({
  organizations: [],
  organizationRegions: [],
  locations: [],
  services: [],
  serviceLocations: [],
});

/**
 * Ids from a counter instead of random UUIDs: deterministic, cheap to make by the million, and in
 * index order, the way time-ordered ids (UUIDv7) load. `kind` keeps the entities' ranges apart.
 */
export function benchId(kind: 1 | 2 | 3, seed: number, n: number): string {
  const seedHex = (seed >>> 0).toString(16).padStart(8, "0");
  return `${seedHex}-000${kind}-4000-8000-${n.toString(16).padStart(12, "0")}`;
}
