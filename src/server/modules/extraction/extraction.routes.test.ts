import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_EXTRACTION_TEXT, ZExtractionProposal } from "../../../shared/contracts/extraction.ts";
import { sharedDir } from "../../public-site/map/region-geometry.ts";
import { docxBytes, postPressReleaseFile } from "../../test/factories/extraction.factory.ts";
import { pngBytes } from "../../test/factories/files.factory.ts";
import { organizationInput } from "../../test/factories/organizations.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";
import { loadFixtures } from "./extraction-evaluation.ts";

const seedText = readFileSync(path.join(sharedDir(), "seed/press-release-kk.txt"), "utf8");
const astana = loadFixtures().find((f) => f.name === "ru-astana-three-partners")!.text;
const utf8 = (text: string) => new TextEncoder().encode(text);
const partnerNames = (body: any, event = 0) => body.events[event].partners.map((p: any) => p.name);

let ctx: TestContext;
let admin: SignedInClient;
let coordinator: SignedInClient;
let orda: string;
let anaMahabbaty: string;
let shymkentBranch: string;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  coordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-47"] });
  const created = await admin.post(
    "/api/organizations",
    organizationInput({
      name: { en: "ORDA", kk: "«ОРДА» ерекше балалардың ата-аналар бірлестігі" },
      type: "parents_association",
      email: null,
    }),
  );
  if (created.status !== 201)
    throw new Error(`organization: ${created.status} ${JSON.stringify(created.body)}`);
  orda = created.body.id;
  const foundation = await admin.post(
    "/api/organizations",
    organizationInput({
      name: { en: "Ana Mahabbaty public foundation" },
      type: "public_foundation",
      regionsServed: ["KZ-47"],
      email: null,
    }),
  );
  anaMahabbaty = foundation.body.id;
  // An archived record is no longer a partner to sign with: it is never proposed.
  await admin.post(
    "/api/organizations",
    organizationInput({
      name: { ru: "Федерация «Бочча»" },
      type: "sport_federation",
      status: "archived",
      email: null,
    }),
  );
  const branch = await admin.post("/api/branches", {
    kind: "city",
    regionCode: "KZ-79",
    name: { kk: "Шымкент қалалық филиалы", ru: "Шымкентский городской филиал" },
  });
  if (branch.status !== 201) throw new Error(`branch: ${branch.status} ${JSON.stringify(branch.body)}`);
  shymkentBranch = branch.body.id;
});
afterAll(() => ctx.close());

describe("POST /api/extraction", () => {
  it("proposes the seed release's three signings from JSON, matching the existing «ORDA» and branch", async () => {
    const { status, body } = await admin.post("/api/extraction", { text: seedText });
    expect(status).toBe(200);
    expect(ZExtractionProposal.parse(body)).toBeTruthy();
    expect(body.language).toBe("kk");
    expect(body.events.map((e: any) => [e.branch.kind, e.region.value])).toEqual([
      ["city", "KZ-79"],
      ["attached_body", "KZ-47"],
      ["regional", "KZ-19"],
    ]);
    const ordaPartner = body.events[0].partners.find((p: any) => p.name === "ОРДА");
    expect(ordaPartner.match).toMatchObject({ id: orda, name: { en: "ORDA" } });
    expect(ordaPartner.match.score).toBeGreaterThanOrEqual(0.5);
    expect(body.events[0].branch.match).toMatchObject({ id: shymkentBranch, score: 1 });
    // Latin «Ana Mahabbaty» is the Cyrillic «Ана махаббаты»; the archived «Бочча» is not proposed.
    expect(body.events[1].partners.map((p: any) => p.match?.id ?? null)).toEqual([anaMahabbaty, null]);
    expect(body.events[1].partners[0].match.score).toBe(1);
    expect(body.events[2].partners.map((p: any) => p.match)).toEqual([null, null]);
    expect(body.events[2].branch.match).toBeNull();
  });

  it("lets coordinators ask; partners and viewers are refused, anonymous callers must sign in", async () => {
    expect((await coordinator.post("/api/extraction", { text: astana })).status).toBe(200);
    const partner = await ctx.signIn({ role: "partner", organizationId: orda });
    const viewer = await ctx.signIn({ role: "viewer" });
    expect((await partner.post("/api/extraction", { text: seedText })).status).toBe(403);
    const refused = await viewer.withLang("ru").post("/api/extraction", { text: seedText });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe("У вас нет прав на это действие.");
    expect((await ctx.anonymous.post("/api/extraction", { text: seedText })).status).toBe(401);
    expect((await postPressReleaseFile(ctx.app, null, utf8(seedText), "seed.txt")).status).toBe(401);
  });

  it("reads an uploaded .txt, .docx and .html by their content, whatever their names", async () => {
    const fromJson = await admin.post("/api/extraction", { text: seedText });
    const txt = await postPressReleaseFile(ctx.app, admin, utf8(`\uFEFF${seedText}`), "release.docx");
    expect(txt.status).toBe(200);
    expect(txt.body.events.map((e: any) => e.partners.length)).toEqual([3, 2, 2]);
    expect(partnerNames(txt.body, 2)).toEqual(partnerNames(fromJson.body, 2));

    const docx = await postPressReleaseFile(ctx.app, admin, await docxBytes(astana), "release.txt");
    expect(docx.status).toBe(200);
    expect(docx.body.language).toBe("ru");
    expect(partnerNames(docx.body)).toEqual(["Ашық әлем", "Союз родителей детей с ДЦП", "Логос"]);

    const html = `<!DOCTYPE html><html><head><title>x</title><script>var signed = "подписал меморандум";</script></head>
      <body><h1>Новости</h1>${astana
        .split("\n")
        .filter(Boolean)
        .map((line) => `<p>${line.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
        .join("")}</body></html>`;
    const fromHtml = await postPressReleaseFile(ctx.app, admin, utf8(html), "release.htm");
    expect(fromHtml.status).toBe(200);
    expect(fromHtml.body.events).toHaveLength(1);
    expect(fromHtml.body.events[0].date.value).toBe("2025-04-03");
    expect(fromHtml.body.text).not.toContain("var signed");
  });

  it("takes the language it is told, in JSON and in the form", async () => {
    expect((await admin.post("/api/extraction", { text: astana, language: "kk" })).body.language).toBe("kk");
    const form = await postPressReleaseFile(ctx.app, admin, utf8(astana), "a.txt", { language: "kk" });
    expect(form.body.language).toBe("kk");
  });

  it("answers bad input with a translated 4xx", async () => {
    const ru = admin.withLang("ru");
    const empty = await ru.post("/api/extraction", { text: "   " });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details[0].path).toBe("text");
    const long = await admin.post("/api/extraction", { text: "а".repeat(MAX_EXTRACTION_TEXT + 1) });
    expect(long.status).toBe(400);
    expect((await admin.post("/api/extraction", { text: seedText, extra: 1 })).status).toBe(400);
    const nothing = await ru.post("/api/extraction", {});
    expect(nothing.status).toBe(400);

    const png = await postPressReleaseFile(ctx.app, admin, await pngBytes(8, 8), "release.txt", {
      lang: "ru",
    });
    expect(png.status).toBe(415);
    expect(png.body.error).toMatchObject({
      code: "unsupported_media_type",
      message: "Можно прочитать только текстовый файл (UTF-8), документ Word (.docx) или HTML.",
    });
    const latin1 = new Uint8Array([0x4d, 0xe5, 0xec, 0xee, 0xf0, 0xe0, 0xed, 0xe4, 0xf3, 0xec]);
    const notUtf8 = await postPressReleaseFile(ctx.app, admin, latin1, "release.txt", { lang: "en" });
    expect(notUtf8.status).toBe(400);
    expect(notUtf8.body.error.message).toBe(
      "The text file is not UTF-8: save it as UTF-8 and upload it again.",
    );
    expect(notUtf8.body.error.details[0].path).toBe("file");
    const blank = await postPressReleaseFile(ctx.app, admin, new Uint8Array(), "empty.txt");
    expect(blank.status).toBe(400);
    const brokenZip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    const zip = await postPressReleaseFile(ctx.app, admin, brokenZip, "release.docx", { lang: "kk" });
    expect(zip.status).toBe(400);
    expect(zip.body.error.message).toBe("Файлды оқу мүмкін болмады: ол бүлінген немесе ішінде мәтін жоқ.");
    const tooLong = await postPressReleaseFile(
      ctx.app,
      admin,
      utf8("ы".repeat(MAX_EXTRACTION_TEXT + 1)),
      "a.txt",
    );
    expect(tooLong.status).toBe(400);
    const plain = await admin.request("POST", "/api/extraction", seedText, { "content-type": "text/plain" });
    expect(plain.status).toBe(415);
  });

  it("is described in the OpenAPI document", async () => {
    const { body } = await ctx.anonymous.get("/api/openapi.json");
    const operation = body.paths["/api/extraction"].post;
    expect(Object.keys(operation.requestBody.content)).toEqual(["application/json", "multipart/form-data"]);
    expect(operation.responses["200"]).toBeTruthy();
  });
});
