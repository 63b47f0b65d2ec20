import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { download, pdfBytes, pngBytes, upload } from "../../test/factories/files.factory.ts";
import { initiativeInput } from "../../test/factories/initiatives.factory.ts";
import {
  insertBranch,
  insertPartnerOrganization,
  memorandumInput,
  signThroughReview,
} from "../../test/factories/memoranda.factory.ts";
import { newsInput } from "../../test/factories/news.factory.ts";
import { practiceInput } from "../../test/factories/practices.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";
import { fileAttachments } from "./files.schema.ts";

let ctx: TestContext;
let dataDir: string;
let coordinator: SignedInClient;
let otherCoordinator: SignedInClient;
let shymkentBranch: string;
let partnerOrg: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "yntymaq-attachments-"));
  await chmod(dataDir, 0o755);
  ctx = await createTestContext({ dataDir });
  coordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-79"] });
  otherCoordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-47"] });
  shymkentBranch = await insertBranch(ctx.db, "KZ-79", "Шымкент қалалық");
  partnerOrg = await insertPartnerOrganization(ctx.db, "ORDA");
});
afterAll(async () => {
  await ctx.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function draftMemorandum() {
  const created = await coordinator.post(
    "/api/memoranda",
    memorandumInput({ branchIds: [shymkentBranch], organizationIds: [partnerOrg] }),
  );
  expect(created.status).toBe(201);
  return created.body.id as string;
}

const uploadPdf = async (client = coordinator) =>
  (await upload(ctx.app, client, pdfBytes(`scan ${Math.random()}`), "scan.pdf")).body;
const uploadPng = async (client = coordinator) =>
  (await upload(ctx.app, client, await pngBytes(64, 48), "photo.png")).body;

describe("attachments: memoranda", () => {
  it("attaches a signed scan and a photo; lists them with their files; detaches", async () => {
    const id = await draftMemorandum();
    const scan = await uploadPdf();
    const photo = await uploadPng();
    const attached = await coordinator.post(`/api/memoranda/${id}/attachments`, {
      fileId: scan.id,
      kind: "signed_scan",
    });
    expect(attached.status).toBe(201);
    expect(attached.body).toMatchObject({
      target: "memorandum",
      targetId: id,
      kind: "signed_scan",
      caption: null,
      file: { id: scan.id, contentType: "application/pdf", url: `/api/files/${scan.id}` },
      permissions: { delete: true },
    });
    await coordinator.post(`/api/memoranda/${id}/attachments`, {
      fileId: photo.id,
      kind: "photo",
      caption: { kk: "Қол қою рәсімі", ru: "Церемония подписания" },
    });

    const list = await coordinator.get(`/api/memoranda/${id}/attachments`);
    expect(list.body.canAttach).toBe(true);
    expect(list.body.items.map((a: any) => [a.kind, a.file.id])).toEqual([
      ["signed_scan", scan.id],
      ["photo", photo.id],
    ]);
    expect(list.body.items[1].caption).toEqual({ kk: "Қол қою рәсімі", ru: "Церемония подписания" });

    expect((await coordinator.delete(`/api/memoranda/${id}/attachments/${attached.body.id}`)).status).toBe(
      204,
    );
    const after = await coordinator.get(`/api/memoranda/${id}/attachments`);
    expect(after.body.items.map((a: any) => a.kind)).toEqual(["photo"]);
    // The upload outlives the attachment.
    expect((await download(ctx.app, coordinator, scan.url)).status).toBe(200);
  });

  it("hides a draft's files from another region's coordinator and refuses its writes", async () => {
    const id = await draftMemorandum();
    const scan = await uploadPdf();
    await coordinator.post(`/api/memoranda/${id}/attachments`, { fileId: scan.id, kind: "signed_scan" });
    expect((await otherCoordinator.get(`/api/memoranda/${id}/attachments`)).status).toBe(404);
    const own = await uploadPdf(otherCoordinator);
    const attach = await otherCoordinator.post(`/api/memoranda/${id}/attachments`, {
      fileId: own.id,
      kind: "document",
    });
    expect(attach.status).toBe(404);
    expect((await download(ctx.app, otherCoordinator, scan.url)).status).toBe(404);
    expect((await download(ctx.app, null, scan.url)).status).toBe(404);
    const viewer = await ctx.signIn({ role: "viewer" });
    expect((await download(ctx.app, viewer, scan.url)).status).toBe(200);
    expect((await viewer.get(`/api/memoranda/${id}/attachments`)).body.canAttach).toBe(false);
    const denied = await viewer.post(`/api/memoranda/${id}/attachments`, {
      fileId: scan.id,
      kind: "document",
    });
    expect(denied.status).toBe(403);
  });

  it("checks the kind, the file's type, that the file is the caller's to use, and duplicates", async () => {
    const id = await draftMemorandum();
    const scan = await uploadPdf();
    const photoAsPdf = await coordinator.post(`/api/memoranda/${id}/attachments`, {
      fileId: scan.id,
      kind: "photo",
    });
    expect(photoAsPdf.status).toBe(400);
    expect(photoAsPdf.body.error.details[0]).toMatchObject({ path: "fileId" });
    expect(photoAsPdf.body.error.details[0].message).not.toContain("validation.");
    const wrongKind = await coordinator.post(`/api/memoranda/${id}/attachments`, {
      fileId: scan.id,
      kind: "media",
    });
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.error.details[0].path).toBe("kind");

    const someoneElses = await uploadPdf(otherCoordinator);
    const stolen = await coordinator.post(`/api/memoranda/${id}/attachments`, {
      fileId: someoneElses.id,
      kind: "document",
    });
    expect(stolen.status).toBe(400);
    expect(stolen.body.error.details[0].path).toBe("fileId");

    await coordinator.post(`/api/memoranda/${id}/attachments`, { fileId: scan.id, kind: "signed_scan" });
    const twice = await coordinator.post(`/api/memoranda/${id}/attachments`, {
      fileId: scan.id,
      kind: "document",
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).not.toContain("errors.");
  });

  it("shows a signed memorandum's photos to everyone but its signed scan only to signed-in users", async () => {
    const id = await draftMemorandum();
    const scan = await uploadPdf();
    const photo = await uploadPng();
    await coordinator.post(`/api/memoranda/${id}/attachments`, { fileId: scan.id, kind: "signed_scan" });
    await coordinator.post(`/api/memoranda/${id}/attachments`, { fileId: photo.id, kind: "photo" });
    await signThroughReview(coordinator, id);

    const publicList = await ctx.anonymous.get(`/api/memoranda/${id}/attachments`);
    expect(publicList.status).toBe(200);
    expect(publicList.body).toMatchObject({ canAttach: false });
    expect(publicList.body.items.map((a: any) => a.kind)).toEqual(["photo"]);
    expect((await download(ctx.app, null, photo.url)).status).toBe(200);
    expect((await download(ctx.app, null, photo.thumbnailUrl)).status).toBe(200);
    expect((await download(ctx.app, null, scan.url)).status).toBe(404);
    expect((await download(ctx.app, otherCoordinator, scan.url)).status).toBe(200);
  });

  it("records attaching and detaching in the memorandum's history, and deletes attachments with the draft", async () => {
    const id = await draftMemorandum();
    const scan = await uploadPdf();
    const attached = await coordinator.post(`/api/memoranda/${id}/attachments`, {
      fileId: scan.id,
      kind: "document",
    });
    await coordinator.delete(`/api/memoranda/${id}/attachments/${attached.body.id}`);
    await coordinator.post(`/api/memoranda/${id}/attachments`, { fileId: scan.id, kind: "document" });
    const history = await coordinator.get(`/api/audit?entity=memoranda&id=${id}&perPage=50`);
    const entries = history.body.items
      .filter((e: any) => e.table === "file_attachments")
      .map((e: any) => [e.action, e.actorId]);
    expect(entries).toEqual([
      ["insert", coordinator.userId],
      ["delete", coordinator.userId],
      ["insert", coordinator.userId],
    ]);

    expect((await coordinator.delete(`/api/memoranda/${id}`)).status).toBe(204);
    const left = await ctx.db.select().from(fileAttachments).where(eq(fileAttachments.memorandumId, id));
    expect(left).toEqual([]);
  });
});

describe("attachments: news, practices and initiatives", () => {
  it("makes a news photo public once the post is published", async () => {
    const post = (await coordinator.post("/api/news", newsInput({ regionCode: "KZ-79" }))).body;
    const photo = await uploadPng();
    const pdf = await uploadPdf();
    const notImage = await coordinator.post(`/api/news/${post.id}/attachments`, {
      fileId: pdf.id,
      kind: "photo",
    });
    expect(notImage.status).toBe(400);
    const attached = await coordinator.post(`/api/news/${post.id}/attachments`, {
      fileId: photo.id,
      kind: "photo",
    });
    expect(attached.status).toBe(201);
    expect((await ctx.anonymous.get(`/api/news/${post.id}/attachments`)).status).toBe(404);
    expect((await download(ctx.app, null, photo.url)).status).toBe(404);
    // Another region's draft does not exist for its coordinator.
    expect(
      (await otherCoordinator.post(`/api/news/${post.id}/attachments`, { fileId: photo.id, kind: "photo" }))
        .status,
    ).toBe(404);

    await coordinator.post(`/api/news/${post.id}/publish`, { version: post.version });
    const list = await ctx.anonymous.get(`/api/news/${post.id}/attachments`);
    expect(list.body.items.map((a: any) => a.file.id)).toEqual([photo.id]);
    const image = await download(ctx.app, null, photo.url);
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/png");
  });

  it("lets a partner attach files to its own practice, and not to another's", async () => {
    const partner = await ctx.signIn({ role: "partner", organizationId: partnerOrg });
    const own = await partner.post("/api/practices", practiceInput({ organizationId: partnerOrg }));
    expect(own.status).toBe(201);
    const other = await coordinator.post("/api/practices", practiceInput());
    const file = await uploadPdf(partner);
    const attached = await partner.post(`/api/practices/${own.body.id}/attachments`, {
      fileId: file.id,
      kind: "attachment",
    });
    expect(attached.status).toBe(201);
    const denied = await partner.post(`/api/practices/${other.body.id}/attachments`, {
      fileId: file.id,
      kind: "attachment",
    });
    expect(denied.status).toBe(403);
    // A draft practice is not public, so neither is its file.
    expect((await download(ctx.app, null, file.url)).status).toBe(404);
  });

  it("takes media on an initiative of the coordinator's region", async () => {
    const memorandumId = await draftMemorandum();
    const created = await coordinator.post(
      "/api/initiatives",
      initiativeInput([memorandumId], { regionCode: "KZ-79" }),
    );
    expect(created.status).toBe(201);
    const photo = await uploadPng();
    const attached = await coordinator.post(`/api/initiatives/${created.body.id}/attachments`, {
      fileId: photo.id,
      kind: "media",
    });
    expect(attached.status).toBe(201);
    expect(attached.body).toMatchObject({ target: "initiative", kind: "media" });
    // Under a Shymkent draft, the initiative does not exist for Mangystau's coordinator.
    const denied = await otherCoordinator.delete(
      `/api/initiatives/${created.body.id}/attachments/${attached.body.id}`,
    );
    expect(denied.status).toBe(404);
    expect(
      (await coordinator.get(`/api/initiatives/${created.body.id}/attachments`)).body.items,
    ).toHaveLength(1);
  });
});
