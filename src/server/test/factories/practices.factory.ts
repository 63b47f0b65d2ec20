import type { TPracticeCreate } from "../../../shared/contracts/practices.ts";
import { type Database, withActor } from "../../db/client.ts";
import { branches } from "../../modules/branches/branches.schema.ts";

/** A branch written straight to its table. */
export async function insertBranch(db: Database, regionCode = "KZ-79"): Promise<string> {
  const [row] = await withActor(db, null, (tx) =>
    tx
      .insert(branches)
      .values({ kind: "city", regionCode, name: { kk: "Қалалық филиал", en: "City branch" } })
      .returning({ id: branches.id }),
  );
  if (!row) throw new Error("branch not inserted");
  return row.id;
}

/** A valid practice payload: a Shymkent correction centre's early-intervention method. */
export function practiceInput(overrides: Partial<TPracticeCreate> = {}): TPracticeCreate {
  return {
    title: {
      kk: "АСБ бар балаларға ерте көмек",
      ru: "Ранняя помощь детям с РАС",
      en: "Early intervention for children with ASD",
    },
    summary: { en: "Weekly sessions with parents and a speech therapist." },
    body: {
      ru: "Занятия проводятся еженедельно в малых группах с участием родителей.",
      en: "Sessions run weekly in small groups with the parents taking part.",
    },
    tags: ["asd", "early-intervention"],
    regionCode: "KZ-79",
    ...overrides,
  };
}
