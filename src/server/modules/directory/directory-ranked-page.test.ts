import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZDirectorySearchQuery } from "../../../shared/contracts/directory.ts";
import { seedDirectory } from "../../test/factories/directory.factory.ts";
import { createTestContext, type TestContext } from "../../test/test-context.ts";
import { distanceKm, preferredPlace, searchConditions } from "./directory-conditions.ts";
import { rankedPage } from "./directory-search.repository.ts";
import { parseQuery } from "./query-parser.ts";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedDirectory(await ctx.signIn({ role: "admin" }));
});
afterAll(() => ctx.close());

describe("ranked page", () => {
  it.each(["", "q=Шымкент логопед", "q=Qonaev", "cost=free&age=4", "lat=43.2&lon=76.9"])(
    "is the same page whether found by the ranked scan or by collecting few matches (%s)",
    async (params) => {
      const query = ZDirectorySearchQuery.parse(Object.fromEntries(new URLSearchParams(params)));
      const parsed = parseQuery(query.q ?? "");
      const distance =
        query.lat !== undefined && query.lon !== undefined ? distanceKm(query.lat, query.lon) : null;
      const pageOf = (few: boolean, offset: number) =>
        rankedPage(ctx.db, searchConditions(query, parsed), preferredPlace(parsed), distance, {
          limit: 3,
          offset,
          few,
        });
      for (const offset of [0, 3]) {
        const scanned = await pageOf(false, offset);
        expect(await pageOf(true, offset), `offset ${offset}`).toEqual(scanned);
        if (offset === 0 && params !== "q=Qonaev") expect(scanned.length).toBeGreaterThan(0);
      }
    },
  );
});
