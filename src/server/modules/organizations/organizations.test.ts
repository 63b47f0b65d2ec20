import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createOrganization,
  organizationInput,
  validBin,
  withWrongCheckDigit,
} from "../../test/factories/organizations.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";

let ctx: TestContext;
let admin: SignedInClient;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
});
afterAll(() => ctx.close());

describe("organizations: CRUD", () => {
  it("lets an admin create, read, update, verify and delete an organization", async () => {
    const bin = validBin();
    const input = organizationInput({
      bin,
      regionsServed: ["KZ-79", "KZ-61", "KZ-79"],
      contactName: "Айгүл Сейітқызы",
      description: { ru: "Коррекционные занятия для детей с РАС" },
    });
    const created = await admin.post("/api/organizations", input);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: input.name,
      type: "private_centre",
      level: "city",
      bin,
      regionsServed: ["KZ-61", "KZ-79"],
      targetGroups: ["asd"],
      contactName: "Айгүл Сейітқызы",
      status: "active",
      published: true,
      lastVerifiedAt: null,
      isDemo: false,
      version: 1,
      permissions: { update: true, delete: true, verify: true },
    });
    const id = created.body.id;

    const read = await ctx.anonymous.get(`/api/organizations/${id}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ bin, permissions: { update: false, delete: false, verify: false } });

    const updated = await admin.patch(`/api/organizations/${id}`, {
      version: 1,
      regionsServed: ["KZ-47"],
      phone: "+7 7252 55 55 55",
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      regionsServed: ["KZ-47"],
      phone: "+7 7252 55 55 55",
      email: input.email,
      contactName: "Айгүл Сейітқызы",
      version: 2,
    });

    const onlyRegions = await admin.patch(`/api/organizations/${id}`, {
      version: 2,
      regionsServed: ["KZ-10"],
    });
    expect(onlyRegions.body).toMatchObject({ regionsServed: ["KZ-10"], version: 3 });

    const before = Date.now();
    const verified = await admin.post(`/api/organizations/${id}/verify`);
    expect(verified.status).toBe(200);
    expect(Date.parse(verified.body.lastVerifiedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(verified.body.version).toBe(4);

    expect((await admin.delete(`/api/organizations/${id}`)).status).toBe(204);
    expect((await admin.get(`/api/organizations/${id}`)).status).toBe(404);
  });

  it("rejects a stale version with 409", async () => {
    const org = await createOrganization(admin);
    await admin.patch(`/api/organizations/${org.id}`, { version: 1, phone: "+7 700 000 00 01" });
    const stale = await admin.patch(`/api/organizations/${org.id}`, {
      version: 1,
      phone: "+7 700 000 00 02",
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("version_conflict");
    expect((await admin.get(`/api/organizations/${org.id}`)).body.phone).toBe("+7 700 000 00 01");
  });

  it("only lets admins edit others' organizations, delete and verify (coordinators create: organizations.create-policy.test.ts)", async () => {
    const org = await createOrganization(admin);
    const viewer = await ctx.signIn({ role: "viewer" });
    const coordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-79"] });
    for (const client of [viewer, coordinator]) {
      // Outside the coordinator's region; a viewer may not create at all.
      const outside = organizationInput({ regionsServed: ["KZ-47"] });
      expect((await client.post("/api/organizations", outside)).status).toBe(403);
      expect(
        (await client.patch(`/api/organizations/${org.id}`, { version: 1, phone: "+7 700 1" })).status,
      ).toBe(403);
      expect((await client.post(`/api/organizations/${org.id}/verify`)).status).toBe(403);
      expect((await client.delete(`/api/organizations/${org.id}`)).status).toBe(403);
    }
    expect((await ctx.anonymous.post("/api/organizations", organizationInput())).status).toBe(401);
    const after = await admin.get(`/api/organizations/${org.id}`);
    expect(after.body).toMatchObject({ version: 1, lastVerifiedAt: null });
  });

  it("keeps an organization that users or memoranda refer to, with 409 errors.in_use", async () => {
    const org = await createOrganization(admin);
    await ctx.signIn({ role: "partner", organizationId: org.id });
    const response = await admin.withLang("ru").delete(`/api/organizations/${org.id}`);
    expect(response.status).toBe(409);
    expect(response.body.error).toMatchObject({
      code: "conflict",
      message: "Запись нельзя удалить: на неё ссылаются другие записи.",
    });
    expect((await admin.get(`/api/organizations/${org.id}`)).status).toBe(200);
  });
});

describe("organizations: BIN", () => {
  it("rejects a BIN that is not 12 digits, in kk, ru and en", async () => {
    const bad = organizationInput({ bin: "12345" });
    const messages = await Promise.all(
      ["kk", "ru", "en"].map(async (lang) => {
        const response = await admin.post(`/api/organizations?lang=${lang}`, bad);
        expect(response.status).toBe(400);
        expect(response.body.error.details).toHaveLength(1);
        expect(response.body.error.details[0].path).toBe("bin");
        return response.body.error.details[0].message;
      }),
    );
    expect(messages).toEqual([
      "БСН 12 цифрдан тұруы керек.",
      "БИН должен состоять из 12 цифр.",
      "A BIN has exactly 12 digits.",
    ]);
    const letters = await admin.post(
      "/api/organizations?lang=en",
      organizationInput({ bin: "97040000123a" }),
    );
    expect(letters.body.error.details[0].message).toBe("A BIN has exactly 12 digits.");
  });

  it("rejects a BIN whose check digit is wrong, in kk, ru and en", async () => {
    const bad = organizationInput({ bin: withWrongCheckDigit(validBin()) });
    const kk = await admin.post("/api/organizations?lang=kk", bad);
    const ru = await admin.post("/api/organizations?lang=ru", bad);
    const en = await admin.post("/api/organizations?lang=en", bad);
    expect([kk.status, ru.status, en.status]).toEqual([400, 400, 400]);
    expect(kk.body.error.details[0]).toMatchObject({
      path: "bin",
      message: "БСН бақылау саны сәйкес келмейді — нөмірді тексеріңіз.",
    });
    expect(ru.body.error.details[0].message).toBe("Контрольная цифра БИН не совпадает — проверьте номер.");
    expect(en.body.error.details[0].message).toBe("The BIN check digit does not match — check the number.");
  });

  it("accepts BINs checked in the first and in the second pass, and no BIN at all", async () => {
    for (const bin of ["970400001232", "018044000511", null]) {
      const response = await admin.post("/api/organizations", organizationInput({ bin }));
      expect(response.status).toBe(201);
      expect(response.body.bin).toBe(bin);
    }
    expect((await admin.post("/api/organizations", organizationInput({ bin: null }))).status).toBe(201);
  });

  it("answers a duplicate BIN with 409 errors.bin_taken on create and update", async () => {
    const bin = validBin();
    const first = await createOrganization(admin, { bin });
    const duplicate = await admin.withLang("en").post("/api/organizations", organizationInput({ bin }));
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error).toMatchObject({
      code: "conflict",
      message: "An organization with this BIN is already registered.",
    });
    const kk = await admin.withLang("kk").post("/api/organizations", organizationInput({ bin }));
    expect(kk.body.error.message).toBe("Бұл БСН-мен ұйым бұрыннан тіркелген.");

    const second = await createOrganization(admin, { bin: validBin() });
    const moved = await admin.withLang("ru").patch(`/api/organizations/${second.id}`, { version: 1, bin });
    expect(moved.status).toBe(409);
    expect(moved.body.error.message).toBe("Организация с таким БИН уже зарегистрирована.");
    expect((await admin.get(`/api/organizations/${second.id}`)).body).toMatchObject({
      version: 1,
      bin: second.bin,
    });
    const same = await admin.patch(`/api/organizations/${first.id}`, { version: 1, bin });
    expect(same.status).toBe(200);
  });
});

describe("organizations: validation", () => {
  it("names every bad field and rejects read-only ones", async () => {
    const bad = {
      name: {},
      type: "castle",
      level: "city",
      regionsServed: ["KZ-99x"],
      email: "not-an-email",
      website: "javascript:alert(1)",
      targetGroups: ["giants"],
    };
    const response = await admin.post("/api/organizations?lang=en", bad);
    expect(response.status).toBe(400);
    const paths = response.body.error.details.map((d: { path: string }) => d.path).sort();
    expect(paths).toEqual(["email", "name", "regionsServed.0", "targetGroups.0", "type", "website"]);
    const unknownRegion = await admin.post(
      "/api/organizations?lang=ru",
      organizationInput({ regionsServed: ["KZ-98"] }),
    );
    expect(unknownRegion.body.error.details[0]).toMatchObject({
      path: "regionsServed",
      message: "Такого региона нет: KZ-98.",
    });
    const org = await createOrganization(admin);
    const demo = await admin.patch(`/api/organizations/${org.id}`, { version: 1, isDemo: true });
    expect(demo.status).toBe(400);
    expect(demo.body.error.details[0].code).toBe("unrecognized_keys");
  });
});

describe("organizations: audit", () => {
  it("records insert, update and delete with before and after", async () => {
    const org = await createOrganization(admin, { bin: validBin() });
    await admin.patch(`/api/organizations/${org.id}`, { version: 1, phone: "+7 7252 11 22 33" });
    await admin.delete(`/api/organizations/${org.id}`);
    const history = await admin.get(`/api/audit?entity=organizations&id=${org.id}&perPage=50`);
    expect(history.status).toBe(200);
    const rows = history.body.items.filter((e: { table: string }) => e.table === "organizations");
    expect(rows.map((e: { action: string }) => e.action)).toEqual(["delete", "update", "insert"]);
    const [deleted, updated, inserted] = rows;
    expect(inserted).toMatchObject({ actorId: admin.userId, before: null });
    expect(inserted.after).toMatchObject({ id: org.id, bin: org.bin, phone: null });
    expect(updated.before.phone).toBeNull();
    expect(updated.after).toMatchObject({ phone: "+7 7252 11 22 33", version: 2 });
    expect(deleted).toMatchObject({ after: null });
    expect(deleted.before.phone).toBe("+7 7252 11 22 33");
    const regionRows = history.body.items.filter(
      (e: { table: string }) => e.table === "organization_regions",
    );
    expect(regionRows.map((e: { action: string }) => e.action).sort()).toEqual(["delete", "insert"]);
  });

  it("shows the history to the organization's partner and coordinators of its regions only", async () => {
    const org = await createOrganization(admin, { regionsServed: ["KZ-79"] });
    const other = await createOrganization(admin, { regionsServed: ["KZ-47"] });
    const partner = await ctx.signIn({ role: "partner", organizationId: org.id });
    const otherPartner = await ctx.signIn({ role: "partner", organizationId: other.id });
    const shymkent = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-79"] });
    const mangystau = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-47"] });
    const path = `/api/audit?entity=organizations&id=${org.id}`;
    expect((await partner.get(path)).body.total).toBeGreaterThanOrEqual(2);
    expect((await shymkent.get(path)).status).toBe(200);
    expect((await otherPartner.get(path)).status).toBe(404);
    expect((await mangystau.get(path)).status).toBe(404);
    expect((await (await ctx.signIn({ role: "viewer" })).get(path)).status).toBe(404);
  });
});
