import type { Role } from "./access-table.ts";
import type { WorldTruth } from "./world-truth.ts";

/** The caller whose lists are checked: the matrix's roles, partner of organization A, coordinator of KZ-79. */
export interface Caller {
  role: Role;
  userId: string | null;
  /** The partner's organization (A). */
  organizationId: string;
  /** The coordinator's regions. */
  regionCodes: string[];
}

const readsAll = (caller: Caller) => caller.role === "admin" || caller.role === "viewer";
const signedIn = (caller: Caller) => caller.role !== "anonymous";
const inRegions = (caller: Caller, codes: readonly string[]) =>
  codes.some((code) => caller.regionCodes.includes(code));
const partnerOf = (caller: Caller, organizationId: string) =>
  caller.role === "partner" && caller.organizationId === organizationId;

/**
 * Who may see each record, written once per kind from the rules of access-table.ts and the README:
 * the ids of `world` the caller may see. A kind's lists must return exactly these (or a subset where
 * the list has a documented default filter).
 */
export const VISIBLE: Record<string, (world: WorldTruth, caller: Caller) => string[]> = {
  // Signed ones are public; drafts for viewers, admins, the coordinator of a branch party's region and
  // the partner party.
  memoranda: (world, caller) =>
    world.memoranda
      .filter(
        (m) =>
          m.signed ||
          readsAll(caller) ||
          (caller.role === "coordinator" && inRegions(caller, m.branchRegions)) ||
          (caller.role === "partner" && m.organizationIds.includes(caller.organizationId)),
      )
      .map((m) => m.id),
  // Published, active partners are public; staff read every one; a partner also its own.
  organizations: (world, caller) =>
    world.organizations
      .filter((o) => o.isPublic || (signedIn(caller) && caller.role !== "partner") || partnerOf(caller, o.id))
      .map((o) => o.id),
  services: (world, caller) =>
    world.services
      .filter(
        (s) =>
          s.isPublic ||
          (signedIn(caller) && caller.role !== "partner") ||
          partnerOf(caller, s.organizationId),
      )
      .map((s) => s.id),
  // Seen by whoever sees every memorandum it runs under (it has one at least; signed ones are public),
  // by staff who read everything, the coordinator of its region and the partner that takes part.
  initiatives: (world, caller) => {
    const memoranda = new Set(VISIBLE.memoranda?.(world, caller));
    return world.initiatives
      .filter(
        (i) =>
          readsAll(caller) ||
          (i.memorandumIds.length > 0 && i.memorandumIds.every((id) => memoranda.has(id))) ||
          (caller.role === "coordinator" && inRegions(caller, [i.regionCode])) ||
          (caller.role === "partner" && i.organizationIds.includes(caller.organizationId)),
      )
      .map((i) => i.id);
  },
  practices: (world, caller) =>
    world.practices.filter((p) => p.published || signedIn(caller)).map((p) => p.id),
  // Drafts for viewers, admins and the coordinator of the post's region; never for partners.
  news: (world, caller) =>
    world.news
      .filter(
        (n) =>
          n.published ||
          readsAll(caller) ||
          (caller.role === "coordinator" && n.regionCode !== null && inRegions(caller, [n.regionCode])),
      )
      .map((n) => n.id),
  reports: (world, caller) => world.reports.filter((r) => reportVisible(world, caller, r)).map((r) => r.id),
  branches: (world) => world.branches.map((b) => b.id),
  users: (world, caller) => (caller.role === "admin" ? world.users.map((u) => u.id) : []),
  notifications: (world, caller) =>
    world.notifications.filter((n) => n.userId === caller.userId).map((n) => n.id),
  regions: (world) => world.regions.map((r) => r.code),
  serviceCategories: (world) => world.serviceCategories.map((c) => c.code),
  // One row per published, active service at each of its locations, for everybody.
  directory: (world) =>
    world.services.filter((s) => s.isPublic).flatMap((s) => s.locationIds.map((l) => `${s.id}/${l}`)),
  // Published, active listings never or long ago verified: all for viewers and admins, a coordinator's
  // regions (located in or served), a partner's own.
  verificationDue: (world, caller) => [
    ...world.services
      .filter((s) => s.isPublic && s.stale && serviceInScope(world, caller, s))
      .map((s) => `service/${s.id}`),
    ...world.organizations
      .filter((o) => o.isPublic && o.stale && organizationInScope(caller, o))
      .map((o) => `organization/${o.id}`),
  ],
};

/** An organization serving, or with a location in, one of the coordinator's regions; a partner's own. */
function organizationInScope(caller: Caller, organization: WorldTruth["organizations"][number]): boolean {
  return listingInScope(caller, organization.id, [...organization.regions, ...organization.locationRegions]);
}

/** A service located in, or offered by an organization serving, one of the coordinator's regions. */
function serviceInScope(world: WorldTruth, caller: Caller, service: WorldTruth["services"][number]): boolean {
  const served = world.organizations.find((o) => o.id === service.organizationId)?.regions ?? [];
  return listingInScope(caller, service.organizationId, [...service.locationRegions, ...served]);
}

function listingInScope(caller: Caller, organizationId: string, regions: readonly string[]): boolean {
  if (readsAll(caller)) return true;
  if (caller.role === "partner") return caller.organizationId === organizationId;
  if (caller.role === "coordinator") {
    return inRegions(caller, regions);
  }
  return false;
}

/** Staff who read everything see every report; a coordinator those of its regions; a partner its own listings'. */
function reportVisible(world: WorldTruth, caller: Caller, report: WorldTruth["reports"][number]): boolean {
  if (readsAll(caller)) return true;
  const service = world.services.find((s) => s.id === report.entityId);
  if (report.entityKind === "service") return service ? serviceInScope(world, caller, service) : false;
  const organization = world.organizations.find((o) => o.id === report.entityId);
  return organization ? organizationInScope(caller, organization) : false;
}

/**
 * The partners a caller finds with `serviceRegion`: those it sees that offer an active service it sees
 * at a location in the region (a hidden service must not give its organization away).
 */
export function offeringIn(world: WorldTruth, caller: Caller, regionCode: string): string[] {
  const services = new Set(VISIBLE.services?.(world, caller));
  const offering = new Set(
    world.services
      .filter((s) => services.has(s.id) && s.active && s.locationRegions.includes(regionCode))
      .map((s) => s.organizationId),
  );
  return (VISIBLE.organizations?.(world, caller) ?? []).filter((id) => offering.has(id));
}
