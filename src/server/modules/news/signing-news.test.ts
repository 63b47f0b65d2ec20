import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withActor } from "../../db/client.ts";
import {
  insertBranch,
  insertPartnerOrganization,
  memorandumInput,
  signThroughReview,
} from "../../test/factories/memoranda.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";
import { listParties } from "../memoranda/memorandum-parties.repository.ts";
import { draftSigningNews } from "./signing-news.service.ts";
import { signingNewsText } from "./signing-news.text.ts";

describe("signing news: text", () => {
  it("writes title, summary and body in kk, ru and en from the memorandum's facts", () => {
    const text = signingNewsText({
      signedDate: "2025-03-14",
      signedPlace: { kk: "Қонаев", ru: "Конаев", en: "Qonaev" },
      scopeAreas: ["inclusion", "inclusive_policy"],
      branchNames: [
        { kk: "Алматы облыстық филиалы", ru: "Алматинский областной филиал", en: "Almaty regional branch" },
      ],
      partnerNames: [
        { kk: "«Qamqor Jürek»", en: "«Qamqor Jürek»" },
        { en: "Union of parents of special children" },
      ],
    });
    expect(text.title).toEqual({
      kk: "Ынтымақтастық туралы меморандумға қол қойылды: «Qamqor Jürek» және Union of parents of special children",
      ru: "Подписан меморандум о сотрудничестве: «Qamqor Jürek» и Union of parents of special children",
      en: "Memorandum of cooperation signed with «Qamqor Jürek» and Union of parents of special children",
    });
    expect(text.summary.ru).toBe(
      "Меморандум о сотрудничестве подписали Алматинский областной филиал, «Qamqor Jürek» и Union of parents of special children.",
    );
    expect(text.body.en).toBe(
      [
        "Almaty regional branch, «Qamqor Jürek», and Union of parents of special children signed a memorandum of cooperation. It was signed on March 14, 2025 in Qonaev.",
        "Areas of cooperation: inclusion in society and inclusive policy.",
        "The cooperation aims to build an inclusive, supportive environment in the region for children with special needs, including children with autism spectrum disorders.",
      ].join("\n\n"),
    );
    expect(text.body.ru).toContain("Дата подписания — 14 марта 2025 г., место — Конаев.");
    expect(text.body.ru).toContain("Направления сотрудничества: инклюзия в общество и инклюзивная политика.");
    expect(text.body.kk).toContain("Қол қойылған күні – 2025 ж. 14 наурыз, орны – Қонаев.");
    expect(text.body.kk).toContain("Ынтымақтастық бағыттары: қоғамға инклюзия және инклюзивті саясат.");
  });

  it("leaves out the areas when none are set and keeps a long title within the news limit", () => {
    const partnerNames = Array.from({ length: 30 }, (_, i) => ({
      en: `Partner organization number ${i + 1}`,
    }));
    const text = signingNewsText({
      signedDate: "2025-03-14",
      signedPlace: null,
      scopeAreas: [],
      branchNames: [{ en: "Branch" }],
      partnerNames,
    });
    expect(text.body.en.split("\n\n")).toHaveLength(2);
    expect(text.body.en).toContain("It was signed on March 14, 2025.");
    expect(Array.from(text.title.en)).toHaveLength(300);
    expect(text.title.en.endsWith("…")).toBe(true);
  });
});

describe("signing news: drafted when a memorandum is signed", () => {
  let ctx: TestContext;
  let coordinator: SignedInClient;
  let branch: string;
  let orda: string;
  let amazingKids: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    coordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-79"] });
    branch = await insertBranch(ctx.db, "KZ-79", "Шымкент қалалық");
    orda = await insertPartnerOrganization(ctx.db, "ORDA");
    amazingKids = await insertPartnerOrganization(ctx.db, "Amazing kids");
  });
  afterAll(() => ctx.close());

  const draft = async () => {
    const created = await coordinator.post(
      "/api/memoranda",
      memorandumInput(
        { branchIds: [branch], organizationIds: [orda, amazingKids] },
        { scopeAreas: ["education_access", "medical_access"] },
      ),
    );
    expect(created.status).toBe(201);
    return created.body;
  };
  const newsAbout = async (memorandumId: string) =>
    (await coordinator.get(`/api/news?linkedKind=memorandum&linkedId=${memorandumId}`)).body;

  it("creates one unpublished post in three languages, linked to the memorandum and its parties", async () => {
    const memo = await draft();
    expect((await newsAbout(memo.id)).total).toBe(0);
    await signThroughReview(coordinator, memo.id);

    const page = await newsAbout(memo.id);
    expect(page.total).toBe(1);
    const [post] = page.items;
    expect(post).toMatchObject({
      published: false,
      publishedAt: null,
      regionCode: "KZ-79",
      permissions: { update: true, publish: true },
    });
    expect(post.title.ru).toBe(
      "Подписан меморандум о сотрудничестве: «ORDA» қоғамдық бірлестігі и «Amazing kids» қоғамдық бірлестігі",
    );
    expect(post.title.en).toBe(
      "Memorandum of cooperation signed with ORDA association and Amazing kids association",
    );
    expect(post.body.en).toContain(
      "Шымкент қалалық branch, ORDA association, and Amazing kids association signed a memorandum of cooperation.",
    );
    expect(post.body.en).toContain("It was signed on March 14, 2025 in Shymkent.");
    expect(post.body.ru).toContain(
      "Направления сотрудничества: доступ к образованию и доступ к медицинской помощи.",
    );
    expect(post.body.kk).toContain(
      "Ынтымақтастық бағыттары: білімге қолжетімділік және медициналық көмекке қолжетімділік.",
    );
    expect(post.slug).toMatch(/^yntymaqtastyq-turaly-memorandumga-qol-qoiyldy/);
    expect(post.links).toEqual(
      expect.arrayContaining([
        { kind: "memorandum", entityId: memo.id },
        { kind: "branch", entityId: branch },
        { kind: "organization", entityId: orda },
        { kind: "organization", entityId: amazingKids },
      ]),
    );
    expect(post.links).toHaveLength(4);
    expect((await ctx.anonymous.get(`/api/news/${post.id}`)).status).toBe(404);

    const history = await coordinator.get(`/api/audit?entity=news&id=${post.id}`);
    expect(
      history.body.items.some((e: any) => e.table === "news_posts" && e.actorId === coordinator.userId),
    ).toBe(true);

    const published = await coordinator.post(`/api/news/${post.id}/publish`, { version: post.version });
    expect(published.status).toBe(200);
    expect((await ctx.anonymous.get(`/api/news/${post.id}`)).status).toBe(200);
  });

  it("drafts nothing more when it runs again for the same memorandum", async () => {
    const memo = await draft();
    await signThroughReview(coordinator, memo.id);
    const parties = await listParties(ctx.db, [memo.id]);
    const again = await withActor(ctx.db, coordinator.userId, (tx) =>
      draftSigningNews(
        tx,
        { kind: "anonymous" },
        {
          id: memo.id,
          signedDate: "2025-03-14",
          signedPlace: null,
          scopeAreas: [],
          parties,
        },
      ),
    );
    expect(again).toBeNull();
    expect((await newsAbout(memo.id)).total).toBe(1);
  });

  it("drafts nothing when the signing itself fails", async () => {
    const memo = await draft();
    let current = memo;
    for (const to of ["in_review", "approved"]) {
      current = (
        await coordinator.post(`/api/memoranda/${memo.id}/transitions`, { to, version: current.version })
      ).body;
    }
    const stale = await coordinator.post(`/api/memoranda/${memo.id}/transitions`, {
      to: "signed",
      version: current.version - 1,
      signedDate: "2025-03-14",
    });
    expect(stale.status).toBe(409);
    expect((await newsAbout(memo.id)).total).toBe(0);
  });
});
