// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import type { i18n as I18n } from "i18next";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { MAX_IMAGE_BYTES, MAX_PDF_BYTES, type TAttachment } from "../../../shared/contracts/files.ts";
import { Providers, testI18n } from "../../test/test-providers.tsx";
import { fileProblem } from "./attachments.api.ts";
import { AttachmentsPanel } from "./attachments-panel.tsx";

const RECORD_ID = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d";
const FILE_ID = "1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b";
const BASE = `/api/initiatives/${RECORD_ID}/attachments`;

const attachment = (overrides: Partial<TAttachment> = {}): TAttachment => ({
  id: "8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d",
  target: "initiative",
  targetId: RECORD_ID,
  kind: "media",
  caption: { en: "Children at the boccia court" },
  file: {
    id: FILE_ID,
    sha256: "ab",
    contentType: "image/png",
    size: 1536,
    originalName: "boccia.png",
    width: 640,
    height: 480,
    createdAt: "2025-04-11T09:00:00Z",
    url: `/api/files/${FILE_ID}`,
    thumbnailUrl: `/api/files/${FILE_ID}/thumbnail`,
  },
  createdAt: "2025-04-11T09:00:00Z",
  permissions: { delete: true },
  ...overrides,
});

interface Call {
  method: string;
  path: string;
  body: unknown;
}

function fakeApi(routes: Record<string, (call: Call) => { status?: number; body?: unknown }>) {
  const calls: Call[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: string, init: RequestInit = {}) => {
      const method = init.method ?? "GET";
      const path = new URL(input, "http://app.test").pathname;
      const call = { method, path, body: typeof init.body === "string" ? JSON.parse(init.body) : init.body };
      calls.push(call);
      const answer = routes[`${method} ${path}`]?.(call) ?? {
        status: 404,
        body: { error: { code: "not_found", message: "?" } },
      };
      return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
        status: answer.status ?? 200,
        headers: { "content-type": "application/json" },
      });
    }),
  );
  return calls;
}

let i18n: I18n;
beforeAll(async () => {
  i18n = await testI18n("en");
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderPanel() {
  return render(
    <Providers i18n={i18n}>
      <AttachmentsPanel
        target="initiative"
        targetId={RECORD_ID}
        kind="media"
        heading="Photos"
        accept="image/jpeg,image/png,image/webp"
        hint="JPEG, PNG or WebP"
        empty="No photos yet."
      />
    </Providers>,
  );
}

const choose = (file: File) => {
  const input = screen.getByLabelText("File") as HTMLInputElement;
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  fireEvent.change(input);
};
const submit = async () => {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Attach" }));
  });
};

describe("fileProblem", () => {
  it("refuses other types, PDFs as photos and files over their type's limit", () => {
    expect(fileProblem({ type: "text/html", size: 10 }, "attachment")?.key).toBe(
      "app.attachments.error.type",
    );
    expect(fileProblem({ type: "application/pdf", size: 10 }, "media")?.key).toBe(
      "app.attachments.error.image_only",
    );
    expect(fileProblem({ type: "image/png", size: MAX_IMAGE_BYTES + 1 }, "media")).toEqual({
      key: "app.attachments.error.image_size",
      params: { maxMb: 10 },
    });
    expect(fileProblem({ type: "application/pdf", size: MAX_PDF_BYTES }, "attachment")).toBeNull();
    expect(fileProblem({ type: "", size: 10 }, "media")).toBeNull(); // unknown: the server sniffs it
  });
});

describe("AttachmentsPanel", () => {
  it("shows files with thumbnails and no upload form to a reader", async () => {
    fakeApi({
      [`GET ${BASE}`]: () => ({
        body: { items: [attachment({ permissions: { delete: false } })], canAttach: false },
      }),
    });
    renderPanel();
    const link = await screen.findByRole("link", { name: "boccia.png" });
    expect(link.getAttribute("href")).toBe(`/api/files/${FILE_ID}`);
    expect(document.querySelector("img")?.getAttribute("src")).toBe(`/api/files/${FILE_ID}/thumbnail`);
    expect(screen.getByText("Children at the boccia court")).toBeTruthy();
    expect(screen.getByText(/PNG · 2 KB/)).toBeTruthy();
    expect(screen.queryByLabelText("File")).toBeNull();
    expect(screen.queryByRole("button", { name: /Remove/ })).toBeNull();
  });

  it("refuses a PDF as a photo before uploading, then uploads an image and attaches it", async () => {
    const calls = fakeApi({
      [`GET ${BASE}`]: () => ({ body: { items: [], canAttach: true } }),
      "POST /api/files": () => ({ status: 201, body: attachment().file }),
      [`POST ${BASE}`]: () => ({ status: 201, body: attachment() }),
    });
    renderPanel();
    expect(await screen.findByText("No photos yet.")).toBeTruthy();
    choose(new File(["%PDF-1.4"], "scan.pdf", { type: "application/pdf" }));
    await submit();
    expect(screen.getByText("Only an image (JPEG, PNG or WebP) can be attached here.")).toBeTruthy();
    expect(calls.some((call) => call.method === "POST")).toBe(false);

    choose(new File([new Uint8Array([137, 80, 78, 71])], "boccia.png", { type: "image/png" }));
    fireEvent.change(screen.getByLabelText("Caption (optional) (English)"), {
      target: { value: "Children at the boccia court" },
    });
    await submit();
    const posts = calls.filter((call) => call.method === "POST");
    expect(posts.map((call) => call.path)).toEqual(["/api/files", BASE]);
    expect((posts[0]?.body as FormData | undefined)?.get("file")).toBeInstanceOf(File);
    expect(posts[1]?.body).toEqual({
      fileId: FILE_ID,
      kind: "media",
      caption: { en: "Children at the boccia court" },
    });
    expect(await screen.findByText("boccia.png attached.")).toBeTruthy();
  });

  it("shows the server's refusal of an upload on the file field", async () => {
    fakeApi({
      [`GET ${BASE}`]: () => ({ body: { items: [], canAttach: true } }),
      "POST /api/files": () => ({
        status: 415,
        body: { error: { code: "unsupported_media_type", message: "This file is not a PDF or an image." } },
      }),
    });
    renderPanel();
    await screen.findByText("No photos yet.");
    choose(new File(["x"], "photo.png", { type: "image/png" }));
    await submit();
    expect(screen.getByText("This file is not a PDF or an image.")).toBeTruthy();
    expect(screen.getByLabelText("File").getAttribute("aria-invalid")).toBe("true");
  });

  it("detaches a file only after confirming", async () => {
    const calls = fakeApi({
      [`GET ${BASE}`]: () => ({ body: { items: [attachment()], canAttach: true } }),
      [`DELETE ${BASE}/${attachment().id}`]: () => ({ status: 204 }),
    });
    renderPanel();
    await act(async () => {
      fireEvent.click(await screen.findByRole("button", { name: "Remove boccia.png" }));
    });
    expect(calls.some((call) => call.method === "DELETE")).toBe(false);
    const dialog = document.querySelector("dialog[open]") as HTMLElement;
    expect(dialog.textContent).toContain("Remove boccia.png?");
    await act(async () => {
      fireEvent.click(dialog.querySelector(".button--danger") as HTMLElement);
    });
    expect(calls.filter((call) => call.method === "DELETE").map((call) => call.path)).toEqual([
      `${BASE}/${attachment().id}`,
    ]);
  });
});
