import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { directoryEntries } from "../src/server/modules/directory/directory.schema.ts";
import { services } from "../src/server/modules/services/services.schema.ts";
import { createTestContext, type TestContext } from "../src/server/test/test-context.ts";
import { formatHsdsImport, runHsdsImportPhase } from "./hsds-import-phase.ts";

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
    expect(figures.servicesAtLocations).toBeGreaterThanOrEqual(2000);
    expect(figures.readModelMs).toBeLessThanOrEqual(figures.writeMs);
    expect(formatHsdsImport(figures)).toMatch(
      /^hsds import 2,000 services .* total \d+\.\d s; [\d,]+ rows\/s/,
    );
    const [entries] = await ctx.db.select({ n: count() }).from(directoryEntries);
    expect(entries?.n).toBeGreaterThan(1000);
    const [row] = await ctx.db.select({ n: count() }).from(services);
    expect(row?.n).toBe(2000);
    const again = await runHsdsImportPhase(ctx.databaseUrl, { services: 2000, seed: 77 });
    expect(again.services).toBe(2000);
    const [after] = await ctx.db.select({ n: count() }).from(services);
    expect(after?.n).toBe(2000);
  }, 300_000);
});
