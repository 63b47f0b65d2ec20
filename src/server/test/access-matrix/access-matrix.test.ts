import { writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withActor } from "../../db/client.ts";
import { notifications } from "../../modules/notifications/notifications.schema.ts";
import type { ApiClient } from "../api-client.ts";
import { TEST_ORIGIN } from "../api-client.ts";
import { databaseChecksum } from "../db-checksum.ts";
import { type OpenApiRoute, openApiRoutes } from "../openapi-routes.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../test-context.ts";
import { ACCESS_TABLE, type Cell, expectedOutcome, ROLES, type Role } from "./access-table.ts";
import { buildHalf, type Half, type Scope } from "./fixture-world.ts";
import { CONSUMES_TARGET, withFreshTarget } from "./fresh-records.ts";
import { planRequest } from "./request-plan.ts";

let ctx: TestContext;
let admin: SignedInClient;
let routes: OpenApiRoute[];
const halves = {} as Record<Scope, Half>;
const clients = {} as Record<Role, ApiClient>;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  halves.own = await buildHalf(ctx, admin, "own");
  halves.other = await buildHalf(ctx, admin, "other");
  clients.anonymous = ctx.anonymous;
  clients.viewer = await ctx.signIn({ role: "viewer" });
  clients.partner = await ctx.signIn({ role: "partner", organizationId: halves.own.organizationId });
  clients.coordinator = await ctx.signIn({ role: "coordinator", regionCodes: [halves.own.regionCode] });
  clients.admin = admin;
  routes = await openApiRoutes(ctx.app);
}, 180_000);
afterAll(() => ctx.close());

async function notificationOf(userId: string): Promise<string> {
  const [row] = await withActor(ctx.db, null, (tx) =>
    tx
      .insert(notifications)
      .values({
        userId,
        kind: "reminder_digest",
        payload: {
          day: "2025-05-01",
          counts: { expiringMemoranda: 0, overdueCommitments: 0, staleListings: 0, staleReports: 0 },
          reportStaleDays: 7,
          items: [],
        },
      })
      .returning({ id: notifications.id }),
  );
  if (!row) throw new Error("no notification");
  return row.id;
}

async function send(client: ApiClient, method: string, planned: Awaited<ReturnType<typeof planRequest>>) {
  if (!planned.raw) return client.request(method, planned.path, planned.body);
  const response = await ctx.app.request(planned.path, {
    method,
    headers: {
      origin: TEST_ORIGIN,
      ...(client.cookie ? { cookie: client.cookie } : {}),
      ...(planned.raw.contentType ? { "content-type": planned.raw.contentType } : {}),
    },
    body: planned.raw.body,
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {}
  return { status: response.status, body };
}

/** Runs one cell; returns what went wrong, or null. */
async function checkCell(
  route: OpenApiRoute,
  role: Role,
  scope: Scope,
  observed: Cell[],
): Promise<string | null> {
  const client = clients[role];
  let half = halves[scope];
  const expected = expectedOutcome(route.key, role, scope);
  if (route.key.startsWith("POST /api/notifications/{id}") && scope === "own" && "userId" in client) {
    half = { ...half, notificationId: await notificationOf((client as SignedInClient).userId) };
  }
  if (expected === "allow" && CONSUMES_TARGET(route)) {
    half = await withFreshTarget(ctx, admin, route, half, new Map(routes.map((r) => [r.key, r])));
  }
  const planned = await planRequest(ctx, admin, client, route, half);
  const isWrite = route.method !== "GET";
  const before = isWrite && expected === "deny" ? await databaseChecksum(ctx.db) : null;
  const response = await send(client, route.method, planned);
  const status = response.status;
  observed.push({ route: route.key, role, scope, status });
  const where = `${route.key} as ${role} (${scope}) → ${status}`;
  if (status >= 500) return `${where}: server error ${JSON.stringify(response.body)}`;
  const entry = ACCESS_TABLE[route.key];
  if (expected === "allow") {
    const ok = (status >= 200 && status < 400) || (entry?.business ?? []).includes(status);
    return ok ? null : `${where}: expected to be allowed ${JSON.stringify(response.body).slice(0, 300)}`;
  }
  const denied = isWrite ? [401, 403, 404] : role === "anonymous" ? [401, 404] : [403, 404];
  if (!denied.includes(status)) return `${where}: expected to be denied`;
  if (!isWrite && entry?.recordScoped && role !== "anonymous" && status !== 404) {
    return `${where}: a record outside the caller's scope must not be told apart from a missing one`;
  }
  const body = response.body as { error?: { code?: string; message?: string } };
  if (!body?.error?.code || !body.error.message) return `${where}: no error body`;
  if (before !== null && (await databaseChecksum(ctx.db)) !== before) return `${where}: the database changed`;
  return null;
}

describe("access matrix", () => {
  it("has an entry for every route of the OpenAPI document, and none for routes that are gone", () => {
    const documented = new Set(routes.map((r) => r.key));
    expect(routes.length).toBeGreaterThan(90);
    expect(routes.map((r) => r.key).filter((key) => !ACCESS_TABLE[key])).toEqual([]);
    expect(Object.keys(ACCESS_TABLE).filter((key) => !documented.has(key))).toEqual([]);
  });

  it("answers every route × role × own/other cell as the table says, and denied writes change nothing", async () => {
    const problems: string[] = [];
    const observed: Cell[] = [];
    for (const route of routes) {
      if (!ACCESS_TABLE[route.key] && !process.env.ACCESS_MATRIX_PRINT) continue;
      // Denied cells first, against the shared world; then the permitted ones, which may change it.
      const cells = ROLES.flatMap((role) => (["own", "other"] as const).map((scope) => ({ role, scope })));
      const ordered = [
        ...cells.filter((c) => expectedOutcome(route.key, c.role, c.scope) === "deny"),
        ...cells.filter((c) => expectedOutcome(route.key, c.role, c.scope) === "allow"),
      ];
      for (const { role, scope } of ordered) {
        const problem = await checkCell(route, role, scope, observed).catch(
          (e: Error) => `${route.key} as ${role} (${scope}): ${e.message}`,
        );
        if (problem) problems.push(problem);
      }
    }
    if (process.env.ACCESS_MATRIX_PRINT)
      writeFileSync(process.env.ACCESS_MATRIX_PRINT, JSON.stringify(observed));
    const deniedWrites = observed.filter(
      (c) => !c.route.startsWith("GET ") && expectedOutcome(c.route, c.role, c.scope) === "deny",
    );
    console.log(
      `access matrix: ${observed.length} cells over ${routes.length} routes, ${deniedWrites.length} denied writes checked against the database`,
    );
    expect(problems).toEqual([]);
    expect(observed.length).toBe(routes.length * ROLES.length * 2);
  }, 300_000);
});
