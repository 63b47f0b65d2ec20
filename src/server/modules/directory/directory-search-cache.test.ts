import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDirectory } from "../../test/factories/directory.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";
import { DirectorySearchCache } from "./directory-search-cache.ts";

let ctx: TestContext;
let admin: SignedInClient;
let ids: Map<string, string>;
let client: pg.Client;

beforeAll(async () => {
  ctx = await createTestContext({ benchRoutes: true });
  admin = await ctx.signIn({ role: "admin" });
  ids = await seedDirectory(admin);
  client = new pg.Client({ connectionString: ctx.databaseUrl });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await ctx.close();
});

const version = async () =>
  Number((await client.query("SELECT version FROM directory_state WHERE id = 1")).rows[0]?.version);

const search = async (params: string) => {
  const response = await ctx.anonymous.get(`/api/directory/search?${params}`);
  expect(response.status).toBe(200);
  return response.body as { items: Array<{ serviceId: string; name: { text: string } }>; total: number };
};

describe("directory version", () => {
  it("grows by one per committed transaction that changes the directory, however many statements it has", async () => {
    const before = await version();
    await client.query("BEGIN");
    await client.query("UPDATE services SET published = false WHERE id = $1", [ids.get("speech-shymkent")]);
    await client.query("UPDATE services SET published = true WHERE id = $1", [ids.get("speech-shymkent")]);
    expect(await version()).toBe(before); // not before the commit
    await client.query("COMMIT");
    expect(await version()).toBe(before + 1);

    await client.query("BEGIN");
    await client.query("UPDATE services SET published = false WHERE id = $1", [ids.get("speech-shymkent")]);
    await client.query("ROLLBACK");
    expect(await version()).toBe(before + 1);

    // A write that leaves the read model alone (an unpublished draft) does not count.
    await client.query("UPDATE organizations SET phone = phone WHERE false");
    expect(await version()).toBe(before + 1);
  });

  it("does not make concurrent writers wait for each other's whole transaction", async () => {
    const other = new pg.Client({ connectionString: ctx.databaseUrl });
    await other.connect();
    try {
      const before = await version();
      await client.query("BEGIN");
      await client.query("UPDATE services SET capacity = 11 WHERE id = $1", [ids.get("speech-shymkent")]);
      // The other transaction changes the directory while the first is still open: it must not block.
      await other.query("SET lock_timeout = '2s'");
      await other.query("UPDATE services SET capacity = 12 WHERE id = $1", [ids.get("early-qonaev")]);
      expect(await version()).toBe(before + 1);
      await client.query("COMMIT");
      expect(await version()).toBe(before + 2);
    } finally {
      await other.end();
    }
  });
});

describe("cached directory search", () => {
  it("answers a repeated search from the cache, and a changed directory at once", async () => {
    const first = await search("q=логопед");
    expect(first.items.map((i) => i.serviceId)).toContain(ids.get("speech-shymkent"));
    expect(await search("q=логопед")).toEqual(first);

    // Renamed through the API (another connection of the same process): the next search sees it.
    const serviceId = ids.get("speech-shymkent") as string;
    const current = await admin.get(`/api/services/${serviceId}`);
    const renamed = await admin.patch(`/api/services/${serviceId}`, {
      version: current.body.version,
      name: {
        kk: "Жаңа логопед кабинеті",
        ru: "Новый логопедический кабинет",
        en: "New speech therapy room",
      },
    });
    expect(renamed.status).toBe(200);
    const after = await search("q=логопед&lang=en");
    expect(after.items.find((i) => i.serviceId === serviceId)?.name.text).toBe("New speech therapy room");

    // Unpublished by another process's connection: gone from the very next search.
    await client.query("UPDATE services SET published = false WHERE id = $1", [serviceId]);
    expect((await search("q=логопед")).items.map((i) => i.serviceId)).not.toContain(serviceId);
  });

  it("has an uncached twin for benchmarks that gives the same answers", async () => {
    for (const params of ["q=логопед", "q=Shymkent&age=4", "region=KZ-71&cost=free"]) {
      const uncached = await ctx.anonymous.get(`/api/bench/search-uncached?${params}`);
      expect(uncached.status).toBe(200);
      expect(uncached.body, params).toEqual(await search(params));
    }
  });

  it("computes once per version and key, keeps at most its capacity, least recently used out first", async () => {
    const cache = new DirectorySearchCache<string>(2);
    let computed = 0;
    const compute = (value: string) => async () => {
      computed += 1;
      return value;
    };
    expect(await cache.get(ctx.db, "a", compute("A"))).toBe("A");
    expect(await cache.get(ctx.db, "a", compute("stale"))).toBe("A");
    expect(computed).toBe(1);
    await cache.get(ctx.db, "b", compute("B"));
    await cache.get(ctx.db, "a", compute("A"));
    await cache.get(ctx.db, "c", compute("C")); // evicts b, the least recently used
    expect(cache.size).toBe(2);
    expect(await cache.get(ctx.db, "b", compute("B2"))).toBe("B2");
    expect(computed).toBe(4);

    await client.query("UPDATE services SET capacity = 13 WHERE id = $1", [ids.get("early-qonaev")]);
    expect(await cache.get(ctx.db, "b", compute("B3"))).toBe("B3");
    expect(cache.size).toBe(1);
  });

  it("shares version reads between concurrent searches, never one that began before a search arrived", async () => {
    const cache = new DirectorySearchCache<number>(10);
    const seen = await Promise.all(
      Array.from({ length: 20 }, (_, i) => cache.get(ctx.db, "v", async () => i)),
    );
    expect(new Set(seen).size).toBeLessThanOrEqual(2); // one read in flight, one queued behind it

    // A change committed while a read is in flight: a search that starts after the commit must miss.
    const inFlight = cache.get(ctx.db, "v", async () => -1);
    await client.query("UPDATE services SET capacity = 14 WHERE id = $1", [ids.get("early-qonaev")]);
    const after = cache.get(ctx.db, "v", async () => 99);
    await inFlight;
    expect(await after).toBe(99);
  });
});
