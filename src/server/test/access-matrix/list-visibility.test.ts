import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type SignedInClient, type TestContext } from "../test-context.ts";
import { ROLES, type Role } from "./access-table.ts";
import { buildHalf, type Half, insertNotification, type Scope } from "./fixture-world.ts";
import { checkAudit } from "./list-audit.ts";
import { checkFlatList, checkNestedList, compareRows, type ListCallers } from "./list-checks.ts";
import { checkHome } from "./list-home.ts";
import { checkProbes } from "./list-probes.ts";
import { type ListRoute, listRoutes } from "./list-routes.ts";
import { LIST_TABLE, NARROWING_PARAMS, type OtherHalf, WIDENING_PARAMS } from "./list-table.ts";
import { type Caller, offeringIn, VISIBLE } from "./list-visibility.ts";
import { addListRecords, QONAEV } from "./list-world.ts";
import { loadWorldTruth, type WorldTruth } from "./world-truth.ts";

let ctx: TestContext;
let routes: ListRoute[];
let world: WorldTruth;
let other: OtherHalf;
const halves = {} as Record<Scope, Half>;
const who = { clients: {}, callers: {} } as ListCallers;

beforeAll(async () => {
  ctx = await createTestContext();
  const admin = await ctx.signIn({ role: "admin" });
  halves.own = await buildHalf(ctx, admin, "own");
  halves.other = await buildHalf(ctx, admin, "other");
  await addListRecords(ctx, admin, halves.own, halves.other, "own");
  const { hiddenOrganizationId } = await addListRecords(ctx, admin, halves.other, halves.own, "other");
  const signedIn: Record<Exclude<Role, "anonymous">, SignedInClient> = {
    viewer: await ctx.signIn({ role: "viewer" }),
    partner: await ctx.signIn({ role: "partner", organizationId: halves.own.organizationId }),
    coordinator: await ctx.signIn({ role: "coordinator", regionCodes: [halves.own.regionCode] }),
    admin,
  };
  who.clients = { anonymous: ctx.anonymous, ...signedIn };
  for (const role of ROLES) {
    const userId = role === "anonymous" ? null : signedIn[role].userId;
    if (userId) await insertNotification(ctx, userId);
    who.callers[role] = {
      role,
      userId,
      organizationId: halves.own.organizationId,
      regionCodes: [halves.own.regionCode],
    } satisfies Caller;
  }
  other = {
    regionCode: halves.other.regionCode,
    organizationIds: [halves.other.organizationId, hiddenOrganizationId],
    branchId: halves.other.branchId,
    memorandumId: halves.other.memorandumId,
    serviceId: halves.other.serviceId,
  };
  routes = await listRoutes(ctx.app);
  world = await loadWorldTruth(ctx.db, ctx.config.verificationMaxAgeDays);
}, 180_000);
afterAll(() => ctx.close());

const flatLists = () =>
  routes.flatMap((route) => {
    const entry = LIST_TABLE[route.key];
    return entry && "kind" in entry ? [{ route, entry }] : [];
  });

describe("list visibility", () => {
  it("classifies every list route of the OpenAPI document and every filter they take", () => {
    const keys = routes.map((r) => r.key);
    expect(keys.length).toBeGreaterThan(25);
    expect(keys.filter((key) => !LIST_TABLE[key])).toEqual([]);
    expect(Object.keys(LIST_TABLE).filter((key) => !keys.includes(key))).toEqual([]);
    const unclassified = routes
      .filter((route) => !("notCompared" in (LIST_TABLE[route.key] ?? {})))
      .flatMap((route) => route.query.map((p) => ({ route: route.key, name: p.name })))
      .filter(({ name }) => !WIDENING_PARAMS[name] && !NARROWING_PARAMS.has(name));
    expect(unclassified).toEqual([]);
  });

  it("has records each role must not see in every scoped kind of the fixture world", () => {
    // Without hidden records the checks below would pass on any list; the world must have them.
    for (const kind of ["memoranda", "organizations", "services", "initiatives", "practices", "news"]) {
      const all = VISIBLE[kind]?.(world, who.callers.admin).length ?? 0;
      expect(VISIBLE[kind]?.(world, who.callers.anonymous).length, kind).toBeLessThan(all);
    }
    for (const kind of ["memoranda", "news", "reports", "verificationDue"]) {
      const all = VISIBLE[kind]?.(world, who.callers.admin).length ?? 0;
      expect(VISIBLE[kind]?.(world, who.callers.coordinator).length, kind).toBeLessThan(all);
    }
    const mine = VISIBLE.notifications?.(world, who.callers.partner).length ?? 0;
    expect(mine).toBeGreaterThan(0);
    expect(mine).toBeLessThan(world.notifications.length);
    for (const kind of ["memoranda", "services", "reports"]) {
      const partner = VISIBLE[kind]?.(world, who.callers.partner).length ?? 0;
      expect(partner, kind).toBeLessThan(VISIBLE[kind]?.(world, who.callers.admin).length ?? 0);
      expect(partner, kind).toBeGreaterThan(VISIBLE[kind]?.(world, who.callers.anonymous).length ?? 0);
    }
  });

  it("returns in every list, page by page, exactly the rows each role may see", async () => {
    const problems: string[] = [];
    let cells = 0;
    for (const { route, entry } of flatLists()) {
      for (const role of ROLES) {
        problems.push(...(await checkFlatList(route, entry, role, world, who)));
        cells += 1;
      }
    }
    for (const route of routes) {
      const entry = LIST_TABLE[route.key];
      if (!entry || !("parentKind" in entry)) continue;
      for (const role of ROLES) {
        problems.push(...(await checkNestedList(route, entry, role, world, who)));
        cells += 1;
      }
    }
    const audit = routes.find((r) => r.key === "GET /api/audit");
    expect(audit).toBeDefined();
    if (audit)
      for (const role of ROLES) problems.push(...(await checkAudit(audit, role, halves, world, who)));
    console.log(
      `list visibility: ${cells} list × role cells, and the history of 18 records × ${ROLES.length} roles`,
    );
    expect(problems.join("\n")).toBe("");
  }, 120_000);

  it("never widens a list with a filter naming another region, organization or state", async () => {
    const problems: string[] = [];
    let requests = 0;
    const jsonRoutes = new Map(routes.map((r) => [r.key, r]));
    for (const { route, entry } of flatLists()) {
      for (const role of ROLES) {
        const result = await checkProbes(route, entry, role, world, other, who, jsonRoutes);
        problems.push(...result.problems);
        requests += result.requests;
      }
    }
    console.log(`list visibility: ${requests} filtered lists checked`);
    expect(requests).toBeGreaterThan(100);
    expect(problems.join("\n")).toBe("");
  }, 120_000);

  it("finds partners by the services the caller may see only", async () => {
    const problems: string[] = [];
    for (const role of ROLES) {
      const { status, body } = await who.clients[role].get(
        `/api/organizations?serviceRegion=${QONAEV.regionCode}&perPage=100`,
      );
      expect(status).toBe(200);
      const got = body.items.map((item: { id: string }) => item.id);
      problems.push(
        ...compareRows(
          `serviceRegion as ${role}`,
          got,
          offeringIn(world, who.callers[role], QONAEV.regionCode),
        ),
      );
    }
    expect(offeringIn(world, who.callers.admin, QONAEV.regionCode)).toHaveLength(2);
    expect(problems.join("\n")).toBe("");
  });

  it("puts on the home screen only records the caller may see", async () => {
    const problems: string[] = [];
    let rows = 0;
    for (const role of ROLES.filter((r) => r !== "anonymous")) {
      const home = await checkHome(who.clients[role], who.callers[role], world);
      problems.push(...home.problems);
      rows += home.rows;
    }
    expect(rows).toBeGreaterThan(0);
    expect(problems.join("\n")).toBe("");
  });

  it("shows a partner the reports on its listings without the family's contact", async () => {
    const { body } = await who.clients.partner.get("/api/reports?perPage=100");
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.filter((r: { contact: unknown }) => r.contact !== null)).toEqual([]);
    const staff = await who.clients.admin.get("/api/reports?perPage=100");
    expect(staff.body.items.some((r: { contact: unknown }) => r.contact !== null)).toBe(true);
  });

  // Last, as it changes the world: with organization A unpublished, its partner still sees it and its services.
  it("lists an unpublished partner and its services to staff and its own partner only", async () => {
    const admin = who.clients.admin;
    const a = await admin.get(`/api/organizations/${halves.own.organizationId}`);
    const patched = await admin.patch(`/api/organizations/${a.body.id}`, {
      version: a.body.version,
      published: false,
    });
    expect(patched.status).toBe(200);
    world = await loadWorldTruth(ctx.db, ctx.config.verificationMaxAgeDays);
    const partnerSees = VISIBLE.organizations?.(world, who.callers.partner) ?? [];
    expect(partnerSees).toContain(halves.own.organizationId);
    expect(VISIBLE.organizations?.(world, who.callers.anonymous)).not.toContain(halves.own.organizationId);
    const problems: string[] = [];
    for (const { route, entry } of flatLists()) {
      if (!["organizations", "services", "directory", "verificationDue"].includes(entry.kind)) continue;
      for (const role of ROLES) problems.push(...(await checkFlatList(route, entry, role, world, who)));
    }
    expect(problems.join("\n")).toBe("");
  }, 60_000);
});
