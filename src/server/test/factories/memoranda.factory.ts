import { sql } from "drizzle-orm";
import type { TMemorandumCreate } from "../../../shared/contracts/memoranda.ts";
import { type Database, withActor } from "../../db/client.ts";
import { branches } from "../../modules/branches/branches.schema.ts";
import { organizations } from "../../modules/organizations/organizations.schema.ts";
import type { ApiClient } from "../api-client.ts";

/** A partner organization written straight to its table, so memoranda tests do not depend on its module. */
export async function insertPartnerOrganization(db: Database, name: string): Promise<string> {
  const [row] = await withActor(db, null, (tx) =>
    tx
      .insert(organizations)
      .values({
        name: { kk: `«${name}» қоғамдық бірлестігі`, en: `${name} association` },
        type: "public_association",
        level: "region",
      })
      .returning({ id: organizations.id }),
  );
  if (!row) throw new Error("organization not inserted");
  return row.id;
}

export async function insertBranch(db: Database, regionCode: string, name: string): Promise<string> {
  const [row] = await withActor(db, null, (tx) =>
    tx
      .insert(branches)
      .values({ kind: "regional", regionCode, name: { kk: `${name} филиалы`, en: `${name} branch` } })
      .returning({ id: branches.id }),
  );
  if (!row) throw new Error("branch not inserted");
  return row.id;
}

/** A complete draft: every party with its signatory, so it can be signed without more data. */
export function memorandumInput(
  parties: { branchIds: string[]; organizationIds: string[] },
  overrides: Partial<TMemorandumCreate> = {},
): TMemorandumCreate {
  return {
    title: {
      kk: "Ынтымақтастық туралы меморандум",
      ru: "Меморандум о сотрудничестве",
      en: "Memorandum of cooperation",
    },
    scopeAreas: ["education_access", "inclusion"],
    parties: [
      ...parties.branchIds.map((branchId, index) => ({
        kind: "branch" as const,
        branchId,
        signatoryName: `Branch signatory ${index + 1}`,
        signatoryPosition: "Төраға",
      })),
      ...parties.organizationIds.map((organizationId, index) => ({
        kind: "organization" as const,
        organizationId,
        signatoryName: `Partner signatory ${index + 1}`,
        signatoryPosition: "Директор",
      })),
    ],
    signedPlace: { kk: "Шымкент", ru: "Шымкент", en: "Shymkent" },
    startDate: "2025-03-14",
    endDate: null,
    ...overrides,
  };
}

/** Walks a draft through review to signed; returns the signed memorandum. */
export async function signThroughReview(
  client: ApiClient,
  id: string,
  signing: Record<string, unknown> = {},
) {
  let current = (await client.get(`/api/memoranda/${id}`)).body;
  for (const to of ["in_review", "approved", "signed"]) {
    const place = current.signedPlace ? {} : { signedPlace: { kk: "Шымкент", en: "Shymkent" } };
    const extra = to === "signed" ? { signedDate: "2025-03-14", ...place, ...signing } : {};
    const response = await client.post(`/api/memoranda/${id}/transitions`, {
      to,
      version: current.version,
      ...extra,
    });
    if (response.status !== 200)
      throw new Error(`transition to ${to} failed: ${JSON.stringify(response.body)}`);
    current = response.body;
  }
  return current;
}

/** Creates and signs a memorandum; returns it as the creator reads it. */
export async function createSignedMemorandum(client: ApiClient, input: TMemorandumCreate) {
  const created = await client.post("/api/memoranda", input);
  if (created.status !== 201) throw new Error(`create failed: ${JSON.stringify(created.body)}`);
  return signThroughReview(client, created.body.id);
}

/** Today as PostgreSQL sees it, which is what the computed lifecycle compares against. */
export async function databaseToday(db: Database): Promise<string> {
  const result = await db.execute<{ today: string }>(sql`select current_date::text as today`);
  const today = result.rows[0]?.today;
  if (!today) throw new Error("no current_date");
  return today;
}

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
