import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TConfirmedMemorandum } from "../../../shared/contracts/extraction.ts";
import { insertBranch, insertPartnerOrganization } from "../../test/factories/memoranda.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";
import { branches } from "../branches/branches.schema.ts";
import { memoranda } from "../memoranda/memoranda.schema.ts";
import { organizations } from "../organizations/organizations.schema.ts";

let ctx: TestContext;
let admin: SignedInClient;
let shymkentCoordinator: SignedInClient;
let shymkentBranch: string;
let almatyRegionBranch: string;
let mangystauBranch: string;
let orda: string;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  shymkentCoordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-79"] });
  shymkentBranch = await insertBranch(ctx.db, "KZ-79", "Шымкент қалалық");
  almatyRegionBranch = await insertBranch(ctx.db, "KZ-19", "Алматы облыстық");
  mangystauBranch = await insertBranch(ctx.db, "KZ-47", "Маңғыстау облыстық");
  orda = await insertPartnerOrganization(ctx.db, "ORDA");
});
afterAll(() => ctx.close());

const CONFIRM = "/api/extraction/confirm";

const newPartner = (name: string, regionsServed: string[]) => ({
  kind: "new" as const,
  name: { kk: name },
  type: "public_foundation" as const,
  level: "region" as const,
  regionsServed,
  targetGroups: ["asd" as const],
});

const draft = (overrides: Partial<TConfirmedMemorandum>): TConfirmedMemorandum => ({
  title: { kk: "Ынтымақтастық туралы меморандум" },
  branches: [{ kind: "existing", id: shymkentBranch }],
  partners: [{ kind: "existing", id: orda }],
  scopeAreas: ["education_access", "inclusion", "inclusion"],
  ...overrides,
});

/** How many rows the tables hold: a refused batch must leave every count as it was. */
async function counts() {
  const [m] = await ctx.db.select({ n: count() }).from(memoranda);
  const [o] = await ctx.db.select({ n: count() }).from(organizations);
  const [b] = await ctx.db.select({ n: count() }).from(branches);
  return { memoranda: m?.n, organizations: o?.n, branches: b?.n };
}

describe("POST /api/extraction/confirm", () => {
  it("creates new branches, new partners and draft memoranda with their parties, audited", async () => {
    const response = await admin.post(CONFIRM, {
      memoranda: [
        draft({
          partners: [{ kind: "existing", id: orda }, newPartner("«Amazing kids»", ["KZ-79"])],
          signedPlace: { kk: "Шымкент" },
        }),
        draft({
          title: { kk: "«Халық кеңесі» меморандумы" },
          branches: [
            {
              kind: "new",
              name: { kk: "«Халық кеңесі»" },
              branchKind: "attached_body",
              regionCode: "KZ-47",
              parentId: mangystauBranch,
            },
          ],
          partners: [newPartner("«Ана махаббаты»", ["KZ-47"])],
          signedDate: "2025-03-14",
        }),
      ],
    });
    expect(response.status).toBe(201);
    const { memorandumIds, createdOrganizationIds, createdBranchIds } = response.body;
    expect(memorandumIds).toHaveLength(2);
    expect(createdOrganizationIds).toHaveLength(2);
    expect(createdBranchIds).toHaveLength(1);

    const first = (await admin.get(`/api/memoranda/${memorandumIds[0]}`)).body;
    expect(first).toMatchObject({
      reviewState: "draft",
      scopeAreas: ["education_access", "inclusion"],
      signedPlace: { kk: "Шымкент" },
    });
    expect(first.parties.map((p: any) => p.branchId ?? p.organizationId)).toEqual([
      shymkentBranch,
      orda,
      createdOrganizationIds[0],
    ]);
    const second = (await admin.get(`/api/memoranda/${memorandumIds[1]}`)).body;
    expect(second).toMatchObject({ reviewState: "draft", signedDate: "2025-03-14" });
    expect(second.parties.map((p: any) => p.name.kk)).toEqual(["«Халық кеңесі»", "«Ана махаббаты»"]);

    const council = (await admin.get(`/api/branches/${createdBranchIds[0]}`)).body;
    expect(council).toMatchObject({ kind: "attached_body", regionCode: "KZ-47", parentId: mangystauBranch });
    const partner = (await admin.get(`/api/organizations/${createdOrganizationIds[1]}`)).body;
    expect(partner).toMatchObject({ type: "public_foundation", regionsServed: ["KZ-47"], status: "active" });

    const history = await admin.get(`/api/audit?entity=memoranda&id=${memorandumIds[0]}`);
    expect(history.body.items.find((entry: any) => entry.table === "memoranda").actorId).toBe(admin.userId);
  });

  it("lets a coordinator confirm within its regions: its branches, new partners serving them", async () => {
    const response = await shymkentCoordinator.post(CONFIRM, {
      memoranda: [
        draft({
          branches: [
            { kind: "existing", id: shymkentBranch },
            {
              kind: "new",
              name: { kk: "Шымкент «Халық кеңесі»" },
              branchKind: "attached_body",
              regionCode: "KZ-79",
            },
          ],
          partners: [newPartner("«Шымкент орталығы»", ["KZ-79"])],
        }),
      ],
    });
    expect(response.status).toBe(201);
    expect(response.body.createdBranchIds).toHaveLength(1);
    const audit = await shymkentCoordinator.get(
      `/api/audit?entity=organizations&id=${response.body.createdOrganizationIds[0]}`,
    );
    expect(audit.body.items[0].actorId).toBe(shymkentCoordinator.userId);
  });

  it("writes nothing when the second memorandum is forbidden to a coordinator", async () => {
    const before = await counts();
    const cases: TConfirmedMemorandum[] = [
      // A branch of another region.
      draft({ branches: [{ kind: "existing", id: almatyRegionBranch }] }),
      // A new branch in another region.
      draft({
        branches: [{ kind: "new", name: { kk: "Ақтау" }, branchKind: "city", regionCode: "KZ-47" }],
      }),
    ];
    for (const forbidden of cases) {
      const response = await shymkentCoordinator.withLang("en").post(CONFIRM, {
        memoranda: [draft({ partners: [newPartner("«Жаңа серіктес»", ["KZ-79"])] }), forbidden],
      });
      expect(response.status).toBe(403);
      expect(response.body.error).toMatchObject({
        code: "forbidden",
        message: "You are not allowed to do this.",
      });
    }
    // A new partner serving another region (or none) is not the coordinator's to register.
    for (const regionsServed of [["KZ-47"], []]) {
      const response = await shymkentCoordinator.post(CONFIRM, {
        memoranda: [draft({}), draft({ partners: [newPartner("«Бөтен»", regionsServed)] })],
      });
      expect(response.status).toBe(403);
    }
    expect(await counts()).toEqual(before);
  });

  it("writes nothing when the second memorandum is invalid, and names the field", async () => {
    const before = await counts();
    const unknownBranch = await admin.post(CONFIRM, {
      memoranda: [
        draft({ partners: [newPartner("«Бірінші»", ["KZ-79"])] }),
        draft({ branches: [{ kind: "existing", id: "00000000-0000-4000-8000-000000000000" }] }),
      ],
    });
    expect(unknownBranch.status).toBe(400);
    expect(unknownBranch.body.error.details[0]).toMatchObject({ path: "memoranda.1.branches.0.id" });

    const unknownRegion = await admin.post(CONFIRM, {
      memoranda: [draft({}), draft({ partners: [newPartner("«Екінші»", ["KZ-98"])] })],
    });
    expect(unknownRegion.status).toBe(400);
    expect(unknownRegion.body.error.details[0].path).toBe("memoranda.1.partners.0.regionsServed");

    const twice = await admin.withLang("ru").post(CONFIRM, {
      memoranda: [
        draft({}),
        draft({
          partners: [
            { kind: "existing", id: orda },
            { kind: "existing", id: orda },
          ],
        }),
      ],
    });
    expect(twice.status).toBe(400);
    expect(twice.body.error.details[0]).toMatchObject({ path: "memoranda.1.partners.1.id" });
    expect(twice.body.error.message).toMatch(/\S/);

    const noPartners = await admin.post(CONFIRM, { memoranda: [draft({ partners: [] })] });
    expect(noPartners.status).toBe(400);
    expect((await admin.post(CONFIRM, { memoranda: [] })).status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it("keeps viewers, partners and anonymous callers out", async () => {
    const before = await counts();
    const body = { memoranda: [draft({ partners: [newPartner("«Жасырын»", [])] })] };
    const viewer = await ctx.signIn({ role: "viewer" });
    const partner = await ctx.signIn({ role: "partner", organizationId: orda });
    expect((await viewer.post(CONFIRM, body)).status).toBe(403);
    expect((await partner.post(CONFIRM, body)).status).toBe(403);
    expect((await ctx.anonymous.post(CONFIRM, body)).status).toBe(401);
    expect(await counts()).toEqual(before);
  });
});
