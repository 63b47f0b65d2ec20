import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "../../test/test-context.ts";
import { NEED_GROUPS } from "./need-vocabulary.ts";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

async function needGroupsOf(texts: string[]): Promise<number[][]> {
  const client = new pg.Client({ connectionString: ctx.databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ groups: number[] }>(
      "select yntymaq_need_groups(to_tsvector('simple', t)) as groups from unnest($1::text[]) with ordinality as u(t, n) order by n",
      [texts],
    );
    return result.rows.map((row) => row.groups);
  } finally {
    await client.end();
  }
}

describe("yntymaq_need_groups in PostgreSQL (migration rendered from need-vocabulary.ts)", () => {
  it("tags a text with every group one of whose alternatives it contains, and only those", async () => {
    // Each alternative of each group, inflected by a suffix (tsquery prefixes), with unrelated words around.
    const cases = NEED_GROUPS.flatMap((group) =>
      group.alternatives.map((words) => ({
        id: group.id,
        text: `qqq ${words.map((w) => `${w}x`).join(" ")} zzz`,
      })),
    );
    const tagged = await needGroupsOf(cases.map((c) => c.text));
    const missing = cases.filter((c, i) => !tagged[i]?.includes(c.id));
    expect(missing).toEqual([]);
    expect(await needGroupsOf(["qqq zzz ortalik", ""])).toEqual([[], []]);
  });

  it("knows exactly the groups of the vocabulary (a stale migration fails here)", async () => {
    const everything = NEED_GROUPS.map((group) =>
      group.alternatives.map((words) => words.join(" ")).join(" "),
    );
    const [all] = await needGroupsOf([everything.join(" ")]);
    expect(all).toEqual(NEED_GROUPS.map((group) => group.id));
  });
});
