import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  insertBranch,
  insertPartnerOrganization,
  memorandumInput,
  signThroughReview,
} from "../../test/factories/memoranda.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";
import { memoranda } from "./memoranda.schema.ts";

let ctx: TestContext;
let admin: SignedInClient;
let coordinator: SignedInClient;
let qonaevBranch: string;
let almatyBranch: string;
let qamqorJurek: string;
let parentsUnion: string;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  coordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-19"] });
  qonaevBranch = await insertBranch(ctx.db, "KZ-19", "Алматы облыстық");
  almatyBranch = await insertBranch(ctx.db, "KZ-19", "Қонаев қалалық");
  qamqorJurek = await insertPartnerOrganization(ctx.db, "Qamqor Jürek");
  parentsUnion = await insertPartnerOrganization(ctx.db, "Union of parents of special children");
});
afterAll(() => ctx.close());

const input = () =>
  memorandumInput({ branchIds: [qonaevBranch, almatyBranch], organizationIds: [qamqorJurek, parentsUnion] });

async function draft(overrides = {}) {
  const response = await coordinator.post("/api/memoranda", { ...input(), ...overrides });
  expect(response.status).toBe(201);
  return response.body;
}

async function move(id: string, to: string, version: number, extra: Record<string, unknown> = {}) {
  return coordinator.post(`/api/memoranda/${id}/transitions`, { to, version, ...extra });
}

describe("memoranda: review transitions", () => {
  it("allows every legal move and nothing else changes", async () => {
    const memo = await draft({ startDate: null });
    const steps: Array<[string, string[]]> = [
      ["in_review", ["draft", "approved"]],
      ["draft", ["in_review"]],
      ["in_review", ["draft", "approved"]],
      ["approved", ["in_review", "signed"]],
      ["in_review", ["draft", "approved"]],
      ["approved", ["in_review", "signed"]],
      ["signed", []],
    ];
    let version = 1;
    for (const [to, next] of steps) {
      const response = await move(memo.id, to, version, to === "signed" ? { signedDate: "2025-04-02" } : {});
      expect(response.status, `to ${to}`).toBe(200);
      expect(response.body.reviewState).toBe(to);
      expect(response.body.version).toBe(version + 1);
      expect(response.body.permissions.transitions).toEqual(next);
      version = response.body.version;
    }
    const signed = (await ctx.anonymous.get(`/api/memoranda/${memo.id}`)).body;
    expect(signed).toMatchObject({
      reviewState: "signed",
      lifecycle: "active",
      signedDate: "2025-04-02",
      startDate: "2025-04-02",
      signedPlace: { en: "Shymkent" },
    });
  });

  it("rejects illegal moves with 409 and the state names in the caller's language", async () => {
    const memo = await draft();
    const cases = [
      { lang: "en", to: "approved", message: "A change from «Draft» to «Approved» is not allowed." },
      { lang: "ru", to: "signed", message: "Переход из состояния «Черновик» в «Подписан» невозможен." },
      { lang: "kk", to: "draft", message: "«Жоба» күйінен «Жоба» күйіне өту мүмкін емес." },
    ];
    for (const { lang, to, message } of cases) {
      const response = await coordinator
        .withLang(lang)
        .post(`/api/memoranda/${memo.id}/transitions`, { to, version: 1 });
      expect(response.status).toBe(409);
      expect(response.body.error).toEqual({ code: "invalid_transition", message });
    }
    await move(memo.id, "in_review", 1);
    const skip = await coordinator
      .withLang("kk")
      .post(`/api/memoranda/${memo.id}/transitions`, { to: "signed", version: 2 });
    expect(skip.body.error.message).toBe("«Қарауда» күйінен «Қол қойылған» күйіне өту мүмкін емес.");
    const [row] = await ctx.db.select().from(memoranda).where(eq(memoranda.id, memo.id));
    expect(row).toMatchObject({ reviewState: "in_review", version: 2, signedDate: null });

    const signed = await signThroughReview(coordinator, (await draft()).id);
    for (const to of ["draft", "in_review", "approved"]) {
      const back = await coordinator
        .withLang("ru")
        .post(`/api/memoranda/${signed.id}/transitions`, { to, version: signed.version });
      expect(back.status).toBe(409);
      expect(back.body.error.message).toMatch(
        /^Переход из состояния «Подписан» в «(Черновик|На рассмотрении|Одобрен)» невозможен\.$/,
      );
    }
  });

  it("needs the date, the place and every signatory to sign, from the body or stored", async () => {
    const bare = memorandumInput({ branchIds: [qonaevBranch], organizationIds: [qamqorJurek] });
    const parties = bare.parties.map((party) => ({ ...party, signatoryName: null, signatoryPosition: null }));
    const memo = await draft({ parties, signedPlace: null });
    await move(memo.id, "in_review", 1);
    await move(memo.id, "approved", 2);
    const missing = await coordinator
      .withLang("en")
      .post(`/api/memoranda/${memo.id}/transitions`, { to: "signed", version: 3 });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details).toEqual([
      { path: "signedDate", code: "custom", message: "This field is required." },
      { path: "signedPlace", code: "custom", message: "This field is required." },
      {
        path: "parties.0.signatoryName",
        code: "custom",
        message: "Enter the name of the person signing for «Алматы облыстық branch».",
      },
      {
        path: "parties.1.signatoryName",
        code: "custom",
        message: "Enter the name of the person signing for «Qamqor Jürek association».",
      },
    ]);
    const stranger = await move(memo.id, "signed", 3, {
      signedDate: "2025-05-05",
      signedPlace: { kk: "Қонаев" },
      signatories: [{ partyId: "00000000-0000-4000-8000-000000000000", signatoryName: "A. B." }],
    });
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.details[0].path).toBe("signatories.0.partyId");
    const half = await move(memo.id, "signed", 3, {
      signedDate: "2025-05-05",
      signedPlace: { kk: "Қонаев" },
      signatories: [
        { partyId: memo.parties[0].id, signatoryName: "Б. Бекболатов", signatoryPosition: "Төраға" },
      ],
    });
    expect(half.status).toBe(400);
    expect(half.body.error.details.map((d: { path: string }) => d.path)).toEqual(["parties.1.signatoryName"]);
    expect((await admin.get(`/api/memoranda/${memo.id}`)).body).toMatchObject({
      reviewState: "approved",
      version: 3,
    });

    const signed = await move(memo.id, "signed", 3, {
      signedDate: "2025-05-05",
      signedPlace: { kk: "Қонаев" },
      signatories: memo.parties.map((party: { id: string }, index: number) => ({
        partyId: party.id,
        signatoryName: `Қол қоюшы ${index + 1}`,
        signatoryPosition: "Директор",
      })),
    });
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({
      reviewState: "signed",
      signedDate: "2025-05-05",
      signedPlace: { kk: "Қонаев" },
    });
    expect(signed.body.parties.map((p: { signatoryName: string }) => p.signatoryName)).toEqual([
      "Қол қоюшы 1",
      "Қол қоюшы 2",
    ]);
  });

  it("accepts signing data only when signing", async () => {
    const memo = await draft();
    const response = await coordinator.withLang("en").post(`/api/memoranda/${memo.id}/transitions`, {
      to: "in_review",
      version: 1,
      signedDate: "2025-01-01",
    });
    expect(response.status).toBe(400);
    expect(response.body.error.details[0]).toMatchObject({ path: "signedDate" });
  });

  it("terminates a signed memorandum once, with its reason", async () => {
    const unsigned = await draft();
    const early = await coordinator.post(`/api/memoranda/${unsigned.id}/terminate`, {
      reason: "x",
      version: 1,
    });
    expect(early.status).toBe(409);
    const signed = await signThroughReview(coordinator, (await draft()).id);
    expect(signed.permissions).toMatchObject({ terminate: true, renew: true, amend: true, transitions: [] });
    const ended = await coordinator.post(`/api/memoranda/${signed.id}/terminate`, {
      reason: "Серіктес ұйым таратылды",
      version: signed.version,
    });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({
      lifecycle: "terminated",
      lifecycleStatus: "terminated",
      terminationReason: "Серіктес ұйым таратылды",
      permissions: { terminate: false, renew: false, amend: false },
    });
    expect(ended.body.terminatedAt).toEqual(expect.any(String));
    const again = await coordinator.withLang("en").post(`/api/memoranda/${signed.id}/terminate`, {
      reason: "again",
      version: ended.body.version,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe(
      "This is possible only for a signed memorandum that has not been terminated or renewed.",
    );
  });

  it("renews: a draft with the same parties and scope, and signing it marks the parent renewed", async () => {
    const parent = await signThroughReview(coordinator, (await draft({ endDate: "2026-03-13" })).id);
    const renewal = await coordinator.post(`/api/memoranda/${parent.id}/renewals`, {
      startDate: "2026-03-14",
      endDate: "2029-03-13",
    });
    expect(renewal.status).toBe(201);
    expect(renewal.body).toMatchObject({
      reviewState: "draft",
      relation: "renewal",
      parentId: parent.id,
      parent: { id: parent.id, reviewState: "signed" },
      title: parent.title,
      scopeAreas: parent.scopeAreas,
      startDate: "2026-03-14",
      endDate: "2029-03-13",
    });
    const sides = (m: {
      parties: Array<{ branchId: string | null; organizationId: string | null; signatoryName: string }>;
    }) => m.parties.map((p) => [p.branchId ?? p.organizationId, p.signatoryName]);
    expect(sides(renewal.body)).toEqual(sides(parent));
    const pending = (await coordinator.get(`/api/memoranda/${parent.id}`)).body;
    expect(pending).toMatchObject({
      lifecycleStatus: "active",
      renewals: [{ id: renewal.body.id, relation: "renewal" }],
    });

    const signedRenewal = await signThroughReview(coordinator, renewal.body.id);
    expect(signedRenewal.lifecycle).toBe("active");
    const renewed = (await ctx.anonymous.get(`/api/memoranda/${parent.id}`)).body;
    expect(renewed).toMatchObject({
      lifecycle: "renewed",
      lifecycleStatus: "renewed",
      permissions: { renew: false },
    });
    const twice = await coordinator.post(`/api/memoranda/${parent.id}/renewals`, { startDate: "2026-03-14" });
    expect(twice.status).toBe(409);
    const reversed = await coordinator.post(`/api/memoranda/${signedRenewal.id}/renewals`, {
      startDate: "2030-01-01",
      endDate: "2029-01-01",
    });
    expect(reversed.status).toBe(400);
  });

  it("creates amendments linked to their parent", async () => {
    const parent = await signThroughReview(coordinator, (await draft({ endDate: "2027-12-31" })).id);
    const amendment = await coordinator.post(`/api/memoranda/${parent.id}/amendments`, {
      title: { kk: "№1 қосымша келісім", en: "Amendment no. 1" },
      scopeAreas: ["adaptive_sport"],
    });
    expect(amendment.status).toBe(201);
    expect(amendment.body).toMatchObject({
      reviewState: "draft",
      relation: "amendment",
      parent: { id: parent.id, title: parent.title },
      scopeAreas: ["adaptive_sport"],
      endDate: "2027-12-31",
      startDate: null,
    });
    expect(amendment.body.parties).toHaveLength(parent.parties.length);
    const reread = (await coordinator.get(`/api/memoranda/${parent.id}`)).body;
    expect(reread.amendments).toEqual([
      expect.objectContaining({
        id: amendment.body.id,
        relation: "amendment",
        reviewState: "draft",
        lifecycle: null,
      }),
    ]);
    expect(reread.renewals).toEqual([]);
    const ofDraft = await coordinator.post(`/api/memoranda/${amendment.body.id}/amendments`, {
      title: { en: "No" },
    });
    expect(ofDraft.status).toBe(409);
  });
});
