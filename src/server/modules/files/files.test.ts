import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  concat,
  download,
  jpegWithExif,
  pdfBytes,
  pngBytes,
  upload,
} from "../../test/factories/files.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";
import { sha256Of } from "./file-store.ts";

let ctx: TestContext;
let dataDir: string;
let coordinator: SignedInClient;
let otherCoordinator: SignedInClient;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "yntymaq-files-"));
  await chmod(dataDir, 0o755);
  ctx = await createTestContext({ dataDir });
  coordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-79"] });
  otherCoordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-47"] });
});
afterAll(async () => {
  await ctx.close();
  await rm(dataDir, { recursive: true, force: true });
});

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");

describe("files: upload", () => {
  it("stores a PDF under its sha256 outside the web root and returns its metadata", async () => {
    const bytes = pdfBytes("Shymkent memorandum");
    const response = await upload(ctx.app, coordinator, bytes, "Меморандум №5.pdf", "text/html");
    expect(response.status).toBe(201);
    const sha256 = sha256Of(bytes);
    expect(response.body).toMatchObject({
      sha256,
      contentType: "application/pdf",
      size: bytes.length,
      originalName: "Меморандум №5.pdf",
      width: null,
      height: null,
      url: `/api/files/${response.body.id}`,
      thumbnailUrl: null,
    });
    const stored = path.join(dataDir, "files", sha256.slice(0, 2), sha256);
    expect(readFileSync(stored)).toEqual(Buffer.from(bytes));
  });

  it("keeps one copy of the same content uploaded twice, as two files", async () => {
    const bytes = pdfBytes("twice");
    const first = await upload(ctx.app, coordinator, bytes, "a.pdf");
    const second = await upload(ctx.app, otherCoordinator, bytes, "b.pdf");
    expect(second.status).toBe(201);
    expect(second.body.id).not.toBe(first.body.id);
    expect(second.body.sha256).toBe(first.body.sha256);
    expect(second.body.originalName).toBe("b.pdf");
  });

  it("sniffs the type from the bytes, ignoring the name and the declared type", async () => {
    const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    const response = await upload(ctx.app, coordinator, html, "scan.pdf", "application/pdf", "ru");
    expect(response.status).toBe(415);
    expect(response.body.error).toEqual({
      code: "unsupported_media_type",
      message: "Можно загрузить только файл PDF, JPEG, PNG или WebP.",
    });

    const png = await pngBytes(10, 10);
    const named = await upload(ctx.app, coordinator, png, "photo.html", "text/html");
    expect(named.body).toMatchObject({ contentType: "image/png", originalName: "photo.html.png" });
  });

  it("rejects files over their type's limit with 413 and a translated message", async () => {
    const bigPdf = concat(pdfBytes(), new Uint8Array(20 * 1024 * 1024));
    const response = await upload(ctx.app, coordinator, bigPdf, "big.pdf");
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe("payload_too_large");
    expect(response.body.error.message).toContain("20");

    const bigImage = concat(await pngBytes(10, 10), new Uint8Array(10 * 1024 * 1024));
    const image = await upload(ctx.app, coordinator, bigImage, "big.png");
    expect(image.status).toBe(413);
    expect(image.body.error.message).toContain("10");
  });

  it("rejects a body beyond the largest limit before reading it, and still limits other API bodies to 1 MB", async () => {
    const huge = new Uint8Array(22 * 1024 * 1024);
    huge.set(pdfBytes());
    expect((await upload(ctx.app, coordinator, huge, "huge.pdf")).status).toBe(413);
    const json = await coordinator.post("/api/branches", { padding: "x".repeat(1024 * 1024 + 10) });
    expect(json.status).toBe(413);
  });

  it("re-encodes images: metadata and anything appended to them are gone, and a thumbnail is made", async () => {
    const payload = new TextEncoder().encode("<script>alert('polyglot')</script>%PDF-1.4");
    const jpeg = concat(await jpegWithExif(800, 600), payload);
    const response = await upload(ctx.app, coordinator, jpeg, "family.jpg", "image/jpeg");
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ contentType: "image/jpeg", width: 800, height: 600 });
    expect(response.body.thumbnailUrl).toBe(`/api/files/${response.body.id}/thumbnail`);

    const stored = await download(ctx.app, coordinator, response.body.url);
    expect(stored.status).toBe(200);
    expect(text(stored.bytes)).not.toContain("polyglot");
    expect(text(stored.bytes)).not.toContain("SecretCam");
    expect(text(stored.bytes)).not.toContain("home-address");
    const metadata = await sharp(stored.bytes).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(metadata.format).toBe("jpeg");

    const thumbnail = await download(ctx.app, coordinator, response.body.thumbnailUrl);
    expect(thumbnail.headers.get("content-type")).toBe("image/webp");
    const thumb = await sharp(thumbnail.bytes).metadata();
    expect([thumb.format, thumb.width, thumb.height]).toEqual(["webp", 320, 240]);
  });

  it("refuses bytes that start like an image but do not decode", async () => {
    const fake = concat(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      new Uint8Array(100),
    );
    const response = await upload(ctx.app, coordinator, fake, "broken.png");
    expect(response.status).toBe(415);
    expect(response.body.error.message).toMatch(/could not be read|оқу мүмкін болмады/);
  });

  it("needs a file, a signed-in user and a role that writes", async () => {
    const form = new FormData();
    form.append("other", "x");
    const missing = await ctx.app.request("/api/files", {
      method: "POST",
      headers: { origin: "http://localhost:8080", cookie: coordinator.cookie ?? "" },
      body: form,
    });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as any).error.details[0].path).toBe("file");
    expect((await upload(ctx.app, null, pdfBytes(), "a.pdf")).status).toBe(401);
    const viewer = await ctx.signIn({ role: "viewer" });
    expect((await upload(ctx.app, viewer, pdfBytes(), "a.pdf")).status).toBe(403);
  });
});

describe("files: download", () => {
  it("serves the uploader's file with its type, a safe disposition and nosniff; others get 404", async () => {
    const created = (await upload(ctx.app, coordinator, pdfBytes("own"), "Қол қойылған «скан».pdf")).body;
    const response = await download(ctx.app, coordinator, created.url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="___ ________ ______.pdf"; filename*=UTF-8''${encodeURIComponent("Қол қойылған «скан».pdf")}`,
    );
    expect(response.headers.get("content-length")).toBe(String(created.size));
    expect(text(response.bytes)).toContain("own");

    const revalidated = await download(ctx.app, coordinator, created.url, {
      "if-none-match": response.headers.get("etag"),
    });
    expect(revalidated.status).toBe(304);

    expect((await download(ctx.app, otherCoordinator, created.url)).status).toBe(404);
    expect((await download(ctx.app, null, created.url)).status).toBe(404);
    const admin = await ctx.signIn({ role: "admin" });
    expect((await download(ctx.app, admin, created.url)).status).toBe(200);
  });

  it("shows images inline unless a download is asked for, and has no thumbnail for a PDF", async () => {
    const image = (await upload(ctx.app, coordinator, await pngBytes(100, 50), "a.png")).body;
    const inline = await download(ctx.app, coordinator, image.url);
    expect(inline.headers.get("content-disposition")).toMatch(/^inline; filename="a.png"/);
    const attachment = await download(ctx.app, coordinator, `${image.url}?download=1`);
    expect(attachment.headers.get("content-disposition")).toMatch(/^attachment;/);
    const pdf = (await upload(ctx.app, coordinator, pdfBytes(), "a.pdf")).body;
    expect((await download(ctx.app, coordinator, `${pdf.url}/thumbnail`)).status).toBe(404);
  });

  it("records the upload in the audit log, readable by the uploader", async () => {
    const created = (await upload(ctx.app, coordinator, pdfBytes("audited"), "a.pdf")).body;
    const history = await coordinator.get(`/api/audit?entity=files&id=${created.id}`);
    expect(history.status).toBe(200);
    expect(history.body.items).toHaveLength(1);
    expect(history.body.items[0]).toMatchObject({
      action: "insert",
      actorId: coordinator.userId,
      table: "files",
    });
    expect((await otherCoordinator.get(`/api/audit?entity=files&id=${created.id}`)).status).toBe(404);
    expect(existsSync(path.join(dataDir, "files"))).toBe(true);
  });
});
