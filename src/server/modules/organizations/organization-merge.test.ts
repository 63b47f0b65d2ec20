import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { initiativeInput } from "../../test/factories/initiatives.factory.ts";
import { insertBranch, memorandumInput } from "../../test/factories/memoranda.factory.ts";
import { newsInput } from "../../test/factories/news.factory.ts";
import {
  createLocation,
  createOrganization,
  createService,
  validBin,
} from "../../test/factories/organizations.factory.ts";
import { practiceInput } from "../../test/factories/practices.factory.ts";
import { postReportForm } from "../../test/factories/reports.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";
import { auditLog } from "../audit/audit.schema.ts";

let ctx: TestContext;
let admin: SignedInClient;
let coordinator: SignedInClient;
let branch: string;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  coordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-79"] });
  branch = await insertBranch(ctx.db, "KZ-79", "Шымкент қалалық");
});
afterAll(() => ctx.close());

/** Every row that still refers to `id`: foreign keys found in the catalog, and the id-only references. */
async function referencesTo(id: string): Promise<string[]> {
  const foreignKeys = await ctx.db.execute<{ table_name: string; column_name: string }>(sql`
    select c.conrelid::regclass::text as table_name, a.attname as column_name
    from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
    where c.contype = 'f' and c.confrelid = 'organizations'::regclass`);
  const found: string[] = [];
  const columns = [
    ...foreignKeys.rows.map((row) => ({ table: row.table_name, column: row.column_name, where: "" })),
    { table: "news_links", column: "entity_id", where: "and kind = 'organization'" },
    { table: "problem_reports", column: "entity_id", where: "and entity_kind = 'organization'" },
    { table: "directory_entries", column: "organization_id", where: "" },
  ];
  for (const { table, column, where } of columns) {
    const result = await ctx.db.execute<{ n: number }>(
      sql.raw(`select count(*)::int as n from ${table} where ${column} = '${id}' ${where}`),
    );
    if ((result.rows[0]?.n ?? 0) > 0) found.push(`${table}.${column}`);
  }
  return found;
}

describe("organizations: merge duplicates", () => {
  it("moves everything from the duplicate to the kept organization and archives the duplicate", async () => {
    const kept = await createOrganization(admin, {
      name: { ru: "Центр «ORDA»" },
      regionsServed: ["KZ-79"],
      targetGroups: ["asd"],
      phone: null,
    });
    const bin = validBin();
    const duplicate = await createOrganization(admin, {
      name: { ru: "ORDA (дубль)" },
      regionsServed: ["KZ-79", "KZ-61"],
      targetGroups: ["down_syndrome"],
      bin,
      phone: "+7 7252 11 22 33",
    });
    const older = await createOrganization(admin, {
      name: { en: "ORDA older copy" },
      regionsServed: ["KZ-79"],
    });
    expect(
      (await admin.post(`/api/organizations/${duplicate.id}/merge`, { duplicateId: older.id, version: 1 }))
        .status,
    ).toBe(200);

    const location = await createLocation(admin, duplicate.id);
    const service = await createService(admin, duplicate.id, { locationIds: [location.id] });
    const partner = await ctx.signIn({ role: "partner", organizationId: duplicate.id });

    const alone = (
      await coordinator.post(
        "/api/memoranda",
        memorandumInput({ branchIds: [branch], organizationIds: [duplicate.id] }),
      )
    ).body;
    const both = (
      await coordinator.post(
        "/api/memoranda",
        memorandumInput(
          { branchIds: [branch], organizationIds: [kept.id, duplicate.id] },
          {
            parties: [
              { kind: "branch", branchId: branch, signatoryName: "Төраға", signatoryPosition: null },
              { kind: "organization", organizationId: kept.id, signatoryName: null, signatoryPosition: null },
              {
                kind: "organization",
                organizationId: duplicate.id,
                signatoryName: "А. Сейітова",
                signatoryPosition: "Директор",
              },
            ],
          },
        ),
      )
    ).body;
    const duplicateParty = both.parties.find((p: any) => p.organizationId === duplicate.id);
    const keptParty = both.parties.find((p: any) => p.organizationId === kept.id);
    const commitment = await coordinator.post(`/api/memoranda/${both.id}/commitments`, {
      partyId: duplicateParty.id,
      text: { ru: "Проводить консультации для родителей" },
    });
    expect(commitment.status).toBe(201);

    const initiative = await admin.post(
      "/api/initiatives",
      initiativeInput([alone.id], { organizationIds: [duplicate.id, kept.id] }),
    );
    expect(initiative.status).toBe(201);
    const practice = await admin.post("/api/practices", practiceInput({ organizationId: duplicate.id }));
    const news = await admin.post(
      "/api/news",
      newsInput({ links: [{ kind: "organization", entityId: duplicate.id }] }),
    );
    expect((await postReportForm(ctx, `/organizations/${duplicate.id}/report`)).status).toBe(303);
    const keptVersion = (await admin.get(`/api/organizations/${kept.id}`)).body.version;

    const merged = await coordinator.post(`/api/organizations/${kept.id}/merge`, {
      duplicateId: duplicate.id,
      version: keptVersion,
    });
    expect(merged.status).toBe(200);
    expect(merged.body.moved).toEqual({
      services: 1,
      locations: 1,
      memorandumParties: 2,
      initiatives: 1,
      practices: 1,
      users: 1,
      newsLinks: 1,
      reports: 1,
    });
    expect(merged.body.organization).toMatchObject({
      id: kept.id,
      bin,
      phone: "+7 7252 11 22 33",
      regionsServed: ["KZ-61", "KZ-79"],
      targetGroups: ["asd", "down_syndrome"],
      version: keptVersion + 1,
      mergedIntoId: null,
    });

    expect(await referencesTo(duplicate.id)).toEqual([]);
    const archived = (await admin.get(`/api/organizations/${duplicate.id}`)).body;
    expect(archived).toMatchObject({
      status: "archived",
      published: false,
      mergedIntoId: kept.id,
      bin: null,
    });
    expect((await admin.get(`/api/organizations/${older.id}`)).body.mergedIntoId).toBe(kept.id);

    expect((await admin.get(`/api/services/${service.id}`)).body.organizationId).toBe(kept.id);
    const memo = (await coordinator.get(`/api/memoranda/${both.id}`)).body;
    const organizationParties = memo.parties.filter((p: any) => p.kind === "organization");
    expect(organizationParties).toHaveLength(1);
    expect(organizationParties[0]).toMatchObject({
      id: keptParty.id,
      organizationId: kept.id,
      signatoryName: "А. Сейітова",
    });
    expect(memo.commitments.map((c: any) => c.partyId)).toEqual([keptParty.id]);
    expect((await admin.get(`/api/initiatives/${initiative.body.id}`)).body.organizationIds).toEqual([
      kept.id,
    ]);
    expect((await admin.get(`/api/practices/${practice.body.id}`)).body.organizationId).toBe(kept.id);
    expect((await admin.get(`/api/news/${news.body.id}`)).body.links).toEqual([
      { kind: "organization", entityId: kept.id },
    ]);
    expect((await partner.get(`/api/organizations/${kept.id}`)).body.permissions.update).toBe(true);

    const history = await ctx.db.select().from(auditLog).where(eq(auditLog.entityId, duplicate.id));
    const archiving = history.find(
      (e) => e.action === "update" && (e.after as any)?.merged_into_id === kept.id,
    );
    expect(archiving?.actorId).toBe(coordinator.userId);
  });

  it("refuses merging into itself, twice, into an archived organization, across BINs or from a stale version", async () => {
    const kept = await createOrganization(admin, { bin: validBin() });
    const other = await createOrganization(admin, { bin: validBin() });
    const self = await admin
      .withLang("ru")
      .post(`/api/organizations/${kept.id}/merge`, { duplicateId: kept.id, version: 1 });
    expect(self.status).toBe(400);
    expect(self.body.error.details[0]).toMatchObject({
      path: "duplicateId",
      message: "Организацию нельзя объединить саму с собой.",
    });

    const differentBins = await admin.withLang("en").post(`/api/organizations/${kept.id}/merge`, {
      duplicateId: other.id,
      version: 1,
    });
    expect(differentBins.status).toBe(409);
    expect(differentBins.body.error.message).toContain("BIN");

    const duplicate = await createOrganization(admin);
    const stale = await admin.post(`/api/organizations/${kept.id}/merge`, {
      duplicateId: duplicate.id,
      version: 7,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("version_conflict");
    expect((await admin.get(`/api/organizations/${duplicate.id}`)).body).toMatchObject({
      status: "active",
      mergedIntoId: null,
    });

    expect(
      (await admin.post(`/api/organizations/${kept.id}/merge`, { duplicateId: duplicate.id, version: 1 }))
        .status,
    ).toBe(200);
    const again = await admin.withLang("en").post(`/api/organizations/${kept.id}/merge`, {
      duplicateId: duplicate.id,
      version: 2,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe("This organization has already been merged into another one.");
    const intoArchived = await admin.withLang("en").post(`/api/organizations/${duplicate.id}/merge`, {
      duplicateId: (await createOrganization(admin)).id,
      version: 2,
    });
    expect(intoArchived.status).toBe(409);
    expect(intoArchived.body.error.message).toContain("archived");
  });

  it("lets only admins and coordinators of a region both serve merge", async () => {
    const kept = await createOrganization(admin, { regionsServed: ["KZ-79"] });
    const elsewhere = await createOrganization(admin, { regionsServed: ["KZ-47"] });
    expect((await coordinator.get(`/api/organizations/${kept.id}`)).body.permissions.merge).toBe(true);
    const denied = await coordinator.post(`/api/organizations/${kept.id}/merge`, {
      duplicateId: elsewhere.id,
      version: 1,
    });
    expect(denied.status).toBe(403);
    const aktau = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-47"] });
    expect((await aktau.get(`/api/organizations/${kept.id}`)).body.permissions.merge).toBe(false);
    const partner = await ctx.signIn({ role: "partner", organizationId: kept.id });
    const viewer = await ctx.signIn({ role: "viewer" });
    const same = await createOrganization(admin, { regionsServed: ["KZ-79"] });
    for (const client of [aktau, partner, viewer]) {
      expect(
        (await client.post(`/api/organizations/${kept.id}/merge`, { duplicateId: same.id, version: 1 }))
          .status,
      ).toBe(403);
    }
    expect(
      (await ctx.anonymous.post(`/api/organizations/${kept.id}/merge`, { duplicateId: same.id, version: 1 }))
        .status,
    ).toBe(401);
    const unknown = await admin.post(`/api/organizations/${kept.id}/merge`, {
      duplicateId: "00000000-0000-4000-8000-000000000000",
      version: 1,
    });
    expect(unknown.status).toBe(400);
    expect((await admin.get(`/api/organizations/${same.id}`)).body.mergedIntoId).toBeNull();
  });
});
