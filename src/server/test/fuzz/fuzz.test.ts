import { writeFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { REGION_SEEDS } from "../../modules/regions/regions.data.ts";
import type { Role } from "../access-matrix/access-table.ts";
import { buildHalf, type Half } from "../access-matrix/fixture-world.ts";
import { TEST_ORIGIN } from "../api-client.ts";
import { installWriteCounter } from "../db-checksum.ts";
import { openApiRoutes } from "../openapi-routes.ts";
import { createTestContext, type TestContext } from "../test-context.ts";
import { type FuzzRequest, requestArbitrary } from "./fuzz-requests.ts";

/** `FUZZ_REQUESTS` (default 10,000; `npm run bench:fuzz` sends 100,000), `FUZZ_SEED` to replay a run. */
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;

const CHECK_DATABASE = process.env.FUZZ_DB_CHECK !== "0";

let ctx: TestContext;
const cookies = {} as Record<Role, string | null>;
let halves: Half[];

beforeAll(async () => {
  ctx = await createTestContext();
  const admin = await ctx.signIn({ role: "admin" });
  halves = [await buildHalf(ctx, admin, "own"), await buildHalf(ctx, admin, "other")];
  cookies.anonymous = null;
  cookies.admin = admin.cookie;
  cookies.viewer = (await ctx.signIn({ role: "viewer" })).cookie;
  cookies.partner = (
    await ctx.signIn({ role: "partner", organizationId: halves[0]?.organizationId ?? null })
  ).cookie;
  cookies.coordinator = (await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-79"] })).cookie;
}, 180_000);
afterAll(() => ctx.close());

function idsOf(half: Half): string[] {
  const { attachmentIds, regionCode: _, ...ids } = half;
  return [...Object.values(ids), ...Object.values(attachmentIds)];
}

async function send(request: FuzzRequest) {
  const cookie = cookies[request.role];
  const headers: Record<string, string> = { origin: TEST_ORIGIN };
  if (cookie) headers.cookie = cookie;
  if (request.body?.contentType) headers["content-type"] = request.body.contentType;
  return ctx.app.request(request.url, {
    method: request.method,
    headers,
    ...(request.body ? { body: request.body.content as RequestInit["body"] } : {}),
  });
}

it(
  `answers ${REQUESTS} generated requests over every route and role without a 5xx, with an error body on every 4xx, and writes nothing on a 4xx`,
  async () => {
    const routes = await openApiRoutes(ctx.app);
    const options = {
      knownIds: halves.flatMap(idsOf),
      regionCodes: REGION_SEEDS.map((region) => region.code),
    };
    const byStatus = new Map<number, number>();
    const timeByRoute = new Map<string, number>();
    const rowWrites = await installWriteCounter(ctx.db);
    let lastWrites = await rowWrites();
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(requestArbitrary(routes, options), async (request) => {
        const t0 = performance.now();
        const response = await send(request);
        timeByRoute.set(request.route, (timeByRoute.get(request.route) ?? 0) + performance.now() - t0);
        byStatus.set(response.status, (byStatus.get(response.status) ?? 0) + 1);
        const text = await response.text();
        const where = `${request.method} ${request.url} as ${request.role} → ${response.status}`;
        if (response.status >= 500) throw new Error(`${where}: ${text.slice(0, 500)}`);
        if (response.status >= 400) {
          const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
          if (typeof body.error?.code !== "string" || typeof body.error.message !== "string") {
            throw new Error(`${where}: no error body: ${text.slice(0, 300)}`);
          }
        }
        if (request.method !== "GET" && CHECK_DATABASE) {
          const writes = await rowWrites();
          if (response.status >= 400 && writes !== lastWrites)
            throw new Error(`${where}: the database changed`);
          lastWrites = writes;
        }
      }),
      { numRuns: REQUESTS, seed: SEED, endOnFailure: true },
    );
    const seconds = (performance.now() - started) / 1000;
    const counts = Object.fromEntries([...byStatus.entries()].sort(([a], [b]) => a - b));
    const summary = {
      requests: REQUESTS,
      seed: SEED,
      seconds: Math.round(seconds * 10) / 10,
      routes: routes.length,
      byStatus: counts,
    };
    console.log(`fuzz: ${JSON.stringify(summary)}`);
    if (process.env.FUZZ_PROFILE)
      console.log([...timeByRoute.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15));
    if (process.env.FUZZ_REPORT) writeFileSync(process.env.FUZZ_REPORT, JSON.stringify(summary));
    expect([...byStatus.keys()].filter((status) => status >= 500)).toEqual([]);
  },
  Math.max(300_000, REQUESTS * 60),
);
