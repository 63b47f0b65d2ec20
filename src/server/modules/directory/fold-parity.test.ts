import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { foldText, LOWER, TO_LATIN } from "../../../shared/search/fold.ts";
import { createTestContext, type TestContext } from "../../test/test-context.ts";
import { REGION_SEEDS } from "../regions/regions.data.ts";
import { SERVICE_CATEGORY_SEEDS } from "../services/service-categories.data.ts";
import { NEED_SYNONYMS } from "./need-synonyms.ts";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

/** A deterministic mix of every letter the folding knows, in random case, with punctuation and digits. */
function randomStrings(count: number): string[] {
  const alphabet = [
    ...Object.keys(TO_LATIN),
    ...Object.keys(LOWER),
    ..."abcdefghijklmnopqrstuvwxyz0123456789 -«».,'",
  ];
  let seed = 42;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed;
  };
  return Array.from({ length: count }, () => {
    let text = "";
    for (let i = 0; i < 3 + (next() % 25); i++) {
      const char = alphabet[next() % alphabet.length] ?? "a";
      text += next() % 3 === 0 ? char.toUpperCase() : char;
    }
    return text;
  });
}

describe("yntymaq_fold in PostgreSQL", () => {
  it("gives exactly the key of foldText for region names, aliases, categories, synonyms and random text", async () => {
    const corpus = [
      ...REGION_SEEDS.flatMap((r) => [...Object.values(r.name), ...Object.values(r.centre), ...r.aliases]),
      ...SERVICE_CATEGORY_SEEDS.flatMap((c) => Object.values(c.name)),
      ...NEED_SYNONYMS.flat(),
      "«Ана махаббаты» қоғамдық қоры",
      "Мангистауская паралимпийская федерация «Бочча»",
      "Ерекше балалардың ата-аналар одағы",
      "Ärtürlı ĞALAM, Ūlytau, İnkluziv",
      ...randomStrings(2000),
    ];
    const client = new pg.Client({ connectionString: ctx.databaseUrl });
    await client.connect();
    const result = await client
      .query<{ input: string; folded: string }>(
        "select input, yntymaq_fold(input) as folded from unnest($1::text[]) as input",
        [corpus],
      )
      .finally(() => client.end());
    const mismatches = result.rows.filter((row) => row.folded !== foldText(row.input));
    expect(mismatches.slice(0, 5).map((m) => ({ ...m, js: foldText(m.input) }))).toEqual([]);
    expect(result.rows).toHaveLength(corpus.length);
  });
});
