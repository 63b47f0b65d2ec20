import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { services } from "../src/server/modules/services/services.schema.ts";
import { createTestContext, type TestContext } from "../src/server/test/test-context.ts";
import { runHsdsImportPhase } from "./hsds-import-phase.ts";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe("bench: HSDS import phase", () => {
  it("imports a generated package of services and reports its times; a second run changes nothing", async () => {
    const figures = await runHsdsImportPhase(ctx.databaseUrl, { services: 2000, seed: 77 });
    expect(figures.services).toBe(2000);
    expect(figures.organizations).toBeGreaterThan(100);
    expect(figures.checkMs).toBeGreaterThan(0);
    expect(figures.writeMs).toBeGreaterThan(0);
    const [row] = await ctx.db.select({ n: count() }).from(services);
    expect(row?.n).toBe(2000);
    const again = await runHsdsImportPhase(ctx.databaseUrl, { services: 2000, seed: 77 });
    expect(again.services).toBe(2000);
    const [after] = await ctx.db.select({ n: count() }).from(services);
    expect(after?.n).toBe(2000);
  }, 300_000);
});
