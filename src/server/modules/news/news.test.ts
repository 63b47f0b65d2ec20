import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertOrganization } from "../../test/factories/initiatives.factory.ts";
import { newsInput } from "../../test/factories/news.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";

let ctx: TestContext;
let admin: SignedInClient;
let almatyCoordinator: SignedInClient;
let mangystauCoordinator: SignedInClient;
let viewer: SignedInClient;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  almatyCoordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-19"] });
  mangystauCoordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-47"] });
  viewer = await ctx.signIn({ role: "viewer" });
});
afterAll(() => ctx.close());

describe("news: write and read", () => {
  it("drafts a post with a slug made from the Kazakh title, then updates and deletes it", async () => {
    const created = await almatyCoordinator.post("/api/news", newsInput());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      slug: "qonaevta-memorandumga-qol-qoiyldy",
      regionCode: "KZ-19",
      published: false,
      publishedAt: null,
      links: [],
      version: 1,
      permissions: { update: true, delete: true, publish: true },
    });
    const id = created.body.id;
    const bySlug = await viewer.get("/api/news/qonaevta-memorandumga-qol-qoiyldy");
    expect(bySlug.body.id).toBe(id);

    const updated = await almatyCoordinator.patch(`/api/news/${id}`, {
      version: 1,
      title: { kk: "Қонаевта екі меморандумға қол қойылды" },
    });
    expect(updated.status).toBe(200);
    // The slug stays so shared links keep working.
    expect(updated.body).toMatchObject({
      version: 2,
      slug: "qonaevta-memorandumga-qol-qoiyldy",
      regionCode: "KZ-19",
    });
    expect(updated.body.summary).toEqual({ en: "The Almaty regional branch signed with «Qamqor Jürek»." });

    expect((await almatyCoordinator.delete(`/api/news/${id}`)).status).toBe(204);
    expect((await admin.get(`/api/news/${id}`)).status).toBe(404);
  });

  it("numbers repeated slugs and refuses a chosen slug that is taken", async () => {
    const title = { kk: "Маңғыстауда «Боччиа» турнирі өтті" };
    const first = await admin.post("/api/news", newsInput({ title }));
    const second = await admin.post("/api/news", newsInput({ title }));
    expect([first.body.slug, second.body.slug]).toEqual([
      "mangystauda-bochchia-turniri-otti",
      "mangystauda-bochchia-turniri-otti-2",
    ]);
    const chosen = await admin.post("/api/news", newsInput({ title, slug: "Boccia-2025" }));
    expect(chosen.body.slug).toBe("boccia-2025");
    const taken = await admin.withLang("ru").post("/api/news", newsInput({ slug: "boccia-2025" }));
    expect(taken.status).toBe(409);
    expect(taken.body.error.message).toBe("Новость с таким адресом уже существует.");
    const renamed = await admin.patch(`/api/news/${second.body.id}`, { version: 1, slug: "boccia-2025" });
    expect(renamed.status).toBe(409);
    const own = await admin.patch(`/api/news/${chosen.body.id}`, { version: 1, slug: "boccia-aktau-2025" });
    expect(own.body.slug).toBe("boccia-aktau-2025");
  });

  it("validates input with messages in kk, ru and en", async () => {
    const bad = newsInput({ slug: "Қонаев жаңалығы", title: {}, regionCode: "KZ-98" });
    const responses = await Promise.all(
      ["kk", "ru", "en"].map((lang) => admin.post(`/api/news?lang=${lang}`, bad)),
    );
    for (const response of responses) expect(response.status).toBe(400);
    const slugMessages = responses.map(
      (r) => r.body.error.details.find((d: { path: string }) => d.path === "slug").message,
    );
    expect(slugMessages).toEqual([
      "Тек кіші латын әріптерін, цифрларды және дефисті қолданыңыз.",
      "Используйте только строчные латинские буквы, цифры и дефис.",
      "Use only lower-case Latin letters, digits and hyphens.",
    ]);
    expect(responses[2]?.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      "slug",
      "title",
    ]);
    const uuidSlug = await admin.post(
      "/api/news",
      newsInput({ slug: "3f2a1b4c-0d9e-4f1a-8b2c-1d2e3f4a5b6c" }),
    );
    expect(uuidSlug.status).toBe(400);
    const region = await admin.post("/api/news?lang=en", newsInput({ regionCode: "KZ-98" }));
    expect(region.body.error.details[0]).toMatchObject({
      path: "regionCode",
      message: "There is no such region: KZ-98.",
    });
  });
});

describe("news: publishing", () => {
  it("hides drafts from anonymous callers and stamps publishedAt on the first publication only", async () => {
    const created = await almatyCoordinator.post("/api/news", newsInput({ slug: "qonaev-signing" }));
    const id = created.body.id;
    expect((await ctx.anonymous.get(`/api/news/${id}`)).status).toBe(404);
    expect((await ctx.anonymous.get("/api/news/qonaev-signing")).status).toBe(404);

    const published = await almatyCoordinator.post(`/api/news/${id}/publish`, { version: 1 });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ published: true, version: 2 });
    const firstPublishedAt = published.body.publishedAt;
    expect(Date.parse(firstPublishedAt)).toBeGreaterThan(Date.now() - 60_000);
    const publicRead = await ctx.anonymous.get("/api/news/qonaev-signing");
    expect(publicRead.body).toMatchObject({
      id,
      permissions: { update: false, delete: false, publish: false },
    });

    const again = await almatyCoordinator.withLang("en").post(`/api/news/${id}/publish`, { version: 2 });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: "invalid_transition" });

    const withdrawn = await almatyCoordinator.post(`/api/news/${id}/unpublish`, { version: 2 });
    expect(withdrawn.body).toMatchObject({ published: false, publishedAt: firstPublishedAt, version: 3 });
    expect((await ctx.anonymous.get(`/api/news/${id}`)).status).toBe(404);
    expect((await almatyCoordinator.post(`/api/news/${id}/unpublish`, { version: 3 })).status).toBe(409);

    const stale = await almatyCoordinator.post(`/api/news/${id}/publish`, { version: 2 });
    expect(stale.body.error.code).toBe("version_conflict");
    const republished = await almatyCoordinator.post(`/api/news/${id}/publish`, { version: 3 });
    expect(republished.body).toMatchObject({ published: true, publishedAt: firstPublishedAt });
  });
});

describe("news: who may write", () => {
  it("keeps a coordinator of KZ-47 away from KZ-19 posts and posts without a region", async () => {
    expect((await mangystauCoordinator.post("/api/news", newsInput())).status).toBe(403);
    expect((await almatyCoordinator.post("/api/news", newsInput({ regionCode: null }))).status).toBe(403);
    const almaty = await almatyCoordinator.post("/api/news", newsInput());
    const id = almaty.body.id;
    // Another region's draft does not exist for a coordinator: every attempt is a 404.
    expect((await mangystauCoordinator.get(`/api/news/${id}`)).status).toBe(404);
    expect(
      (await mangystauCoordinator.patch(`/api/news/${id}`, { version: 1, title: { en: "x" } })).status,
    ).toBe(404);
    expect((await mangystauCoordinator.post(`/api/news/${id}/publish`, { version: 1 })).status).toBe(404);
    expect((await mangystauCoordinator.delete(`/api/news/${id}`)).status).toBe(404);
    const move = await almatyCoordinator.patch(`/api/news/${id}`, { version: 1, regionCode: "KZ-47" });
    expect(move.status).toBe(403);
    const national = await almatyCoordinator.patch(`/api/news/${id}`, { version: 1, regionCode: null });
    expect(national.status).toBe(403);
    expect((await viewer.get(`/api/news/${id}`)).body).toMatchObject({
      version: 1,
      regionCode: "KZ-19",
      published: false,
    });

    // A national draft belongs to no coordinator's region: it does not exist for them until published.
    const republic = await admin.post("/api/news", newsInput({ regionCode: null }));
    expect(republic.status).toBe(201);
    expect(
      (await almatyCoordinator.patch(`/api/news/${republic.body.id}`, { version: 1, regionCode: "KZ-19" }))
        .status,
    ).toBe(404);
    await admin.post(`/api/news/${republic.body.id}/publish`, { version: 1 });
    const published = await almatyCoordinator.get(`/api/news/${republic.body.id}`);
    expect(published.body.permissions).toEqual({ update: false, delete: false, publish: false });
    expect(
      (await almatyCoordinator.patch(`/api/news/${republic.body.id}`, { version: 2, regionCode: "KZ-19" }))
        .status,
    ).toBe(403);
    const partner = await ctx.signIn({ role: "partner", organizationId: await insertOrganization(ctx.db) });
    expect((await partner.post("/api/news", newsInput())).status).toBe(403);
    expect((await viewer.post("/api/news", newsInput())).status).toBe(403);
    expect((await ctx.anonymous.post("/api/news", newsInput())).status).toBe(401);
  });
});
