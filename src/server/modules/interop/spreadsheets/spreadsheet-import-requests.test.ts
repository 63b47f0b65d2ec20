import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type SignedInClient, type TestContext } from "../../../test/test-context.ts";
import { csvBytes, type UploadFields, uploadForm } from "./import-upload.test-support.ts";

let ctx: TestContext;
let admin: SignedInClient;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
});
afterAll(() => ctx.close());

const upload = (client: SignedInClient, path: string, fields: UploadFields, lang = "en") =>
  uploadForm(ctx, client, path, fields, lang);
const csv = csvBytes;
const importFile = (
  client: SignedInClient,
  kind: string,
  file: Uint8Array,
  extra: UploadFields = {},
  lang = "en",
) => upload(client, "/api/imports/spreadsheet", { kind, file, ...extra }, lang);

describe("malformed requests", () => {
  it("answers 4xx, not 500, to a request without a file, kind or readable mapping", async () => {
    const json = await admin.post("/api/imports/spreadsheet", { kind: "organizations" });
    expect(json.status).toBe(415);
    expect(json.body.error.code).toBe("unsupported_media_type");
    const noFile = await upload(admin, "/api/imports/spreadsheet", { kind: "organizations" });
    expect(noFile.status).toBe(400);
    expect(noFile.body.error.details[0].path).toBe("file");
    const file = csv(["Name (en),Type,Level", "X,private_centre,city"]);
    const badKind = await upload(admin, "/api/imports/spreadsheet/preview", { kind: "people", file });
    expect(badKind.status).toBe(400);
    const badMapping = await importFile(admin, "organizations", file, { mapping: "{not json" });
    expect(badMapping.status).toBe(400);
    expect(badMapping.body.error.details[0].path).toBe("mapping");
    const outside = await importFile(admin, "organizations", file, {
      mapping: '{"name_en":0,"type":1,"level":7}',
    });
    const huge = await importFile(admin, "organizations", new Uint8Array(5 * 2 ** 20 + 70_000));
    expect(huge.status).toBe(413);
    expect(huge.body.error.message).toBe("The file is too large: files of this type may be at most 5 MB.");
    expect(outside.body.error.details).toEqual([
      { path: "mapping.level", code: "custom", message: "The file has no column 8." },
    ]);
  });
});

describe("import templates", () => {
  it.each(["kk", "ru", "en"] as const)(
    "serves a %s template whose example row imports as it is",
    async (lang) => {
      const response = await ctx.app.request(
        `/api/imports/spreadsheet/template.xlsx?kind=organizations&lang=${lang}`,
        {
          headers: { cookie: admin.cookie ?? "" },
        },
      );
      expect(response.status).toBe(200);
      const file = new Uint8Array(await response.arrayBuffer());
      const dry = await importFile(admin, "organizations", file, { dryRun: "true" }, lang);
      expect(dry.body).toMatchObject({ valid: true, rowCount: 1 });
      const preview = await upload(
        admin,
        "/api/imports/spreadsheet/preview",
        { kind: "organizations", file },
        lang,
      );
      expect(Object.values(preview.body.suggestedMapping).every((column) => column !== null)).toBe(true);
    },
  );

  it("serves a CSV template with a BOM and translated headers", async () => {
    const response = await ctx.app.request("/api/imports/spreadsheet/template.csv?kind=services&lang=kk", {
      headers: { cookie: admin.cookie ?? "" },
    });
    const text = Buffer.from(await response.arrayBuffer()).toString("utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split(",")[0]).toBe("Ұйым");
  });
});
