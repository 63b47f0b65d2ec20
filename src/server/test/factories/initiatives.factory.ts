import { eq } from "drizzle-orm";
import type { TInitiativeCreate } from "../../../shared/contracts/initiatives.ts";
import type { ReviewState } from "../../../shared/vocabulary.ts";
import { type Database, withActor } from "../../db/client.ts";
import { memoranda, memorandumParties } from "../../modules/memoranda/memoranda.schema.ts";
import { organizations } from "../../modules/organizations/organizations.schema.ts";

/** A partner organization written straight to its table, so these tests do not depend on its module. */
export async function insertOrganization(db: Database, name = "«Qamqor Jürek»"): Promise<string> {
  const [row] = await withActor(db, null, (tx) =>
    tx
      .insert(organizations)
      .values({
        name: { kk: `${name} қоғамдық бірлестігі`, en: name },
        type: "public_association",
        level: "region",
      })
      .returning({ id: organizations.id }),
  );
  if (!row) throw new Error("organization not inserted");
  return row.id;
}

/** A memorandum in the given review state with the given organizations as parties. */
export async function insertMemorandum(
  db: Database,
  options: { reviewState?: ReviewState; partyOrganizationIds?: string[] } = {},
): Promise<string> {
  return withActor(db, null, async (tx) => {
    const [row] = await tx
      .insert(memoranda)
      .values({
        title: { kk: "Ынтымақтастық туралы меморандум", en: "Memorandum of cooperation" },
        reviewState: options.reviewState ?? "signed",
        signedDate: options.reviewState === "signed" || !options.reviewState ? "2025-03-14" : null,
      })
      .returning({ id: memoranda.id });
    if (!row) throw new Error("memorandum not inserted");
    const parties = options.partyOrganizationIds ?? [];
    if (parties.length) {
      await tx.insert(memorandumParties).values(
        parties.map((organizationId, sortOrder) => ({
          memorandumId: row.id,
          kind: "organization" as const,
          organizationId,
          sortOrder,
        })),
      );
    }
    return row.id;
  });
}

export async function setMemorandumReviewState(db: Database, id: string, reviewState: ReviewState) {
  await withActor(db, null, (tx) => tx.update(memoranda).set({ reviewState }).where(eq(memoranda.id, id)));
}

/** A valid initiative payload: a round table in Mangystau with some reach. */
export function initiativeInput(
  memorandumIds: string[],
  overrides: Partial<TInitiativeCreate> = {},
): TInitiativeCreate {
  return {
    type: "round_table",
    title: {
      kk: "Ерекше балаларды инклюзивті білімге тарту бойынша дөңгелек үстел",
      ru: "Круглый стол по инклюзивному образованию особых детей",
      en: "Round table on inclusive education for special children",
    },
    description: { ru: "Обсуждение равного доступа к образованию." },
    startDate: "2025-04-10",
    endDate: "2025-04-10",
    regionCode: "KZ-47",
    reach: { children: 12, parents: 20, specialists: 5 },
    memorandumIds,
    ...overrides,
  };
}
