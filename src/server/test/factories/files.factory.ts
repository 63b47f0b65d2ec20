import sharp from "sharp";
import type { App } from "../../app.ts";
import { type ApiClient, TEST_ORIGIN } from "../api-client.ts";

/** A small but well-formed one-page PDF. */
export function pdfBytes(text = "Memorandum of cooperation"): Uint8Array {
  const body = [
    "%PDF-1.4",
    "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
    "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
    "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj",
    `% ${text}`,
    "trailer << /Root 1 0 R >>",
    "%%EOF",
  ].join("\n");
  return new TextEncoder().encode(body);
}

/** A PNG of the given size, optionally with text chunks (metadata) a re-encode must drop. */
export async function pngBytes(width = 640, height = 480, comment?: string): Promise<Uint8Array> {
  const image = sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 200 } } });
  const withComment = comment ? image.withMetadata({ exif: { IFD0: { ImageDescription: comment } } }) : image;
  return new Uint8Array(await withComment.png().toBuffer());
}

/** A JPEG carrying EXIF: a camera description and a GPS position. */
export async function jpegWithExif(width = 800, height = 600): Promise<Uint8Array> {
  return new Uint8Array(
    await sharp({ create: { width, height, channels: 3, background: { r: 200, g: 60, b: 40 } } })
      .withMetadata({
        exif: {
          IFD0: { Make: "SecretCam", ImageDescription: "home-address-Shymkent" },
          IFD3: { GPSLatitudeRef: "N", GPSLatitude: "42/1 20/1 0/1" },
        },
      })
      .jpeg()
      .toBuffer(),
  );
}

export const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};

/** Posts one file as a browser form would, with whatever name and declared type the caller picks. */
export async function upload(
  app: App,
  client: ApiClient | null,
  bytes: Uint8Array,
  name = "file.bin",
  declaredType = "application/octet-stream",
  lang?: string,
) {
  const form = new FormData();
  form.append("file", new Blob([bytes], { type: declaredType }), name);
  const response = await app.request(lang ? `/api/files?lang=${lang}` : "/api/files", {
    method: "POST",
    headers: { origin: client?.origin ?? TEST_ORIGIN, ...(client?.cookie ? { cookie: client.cookie } : {}) },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as any, headers: response.headers };
}

/** Fetches a file's bytes (or error body) with the client's session. */
export async function download(app: App, client: ApiClient | null, path: string, headers = {}) {
  const response = await app.request(path, {
    headers: {
      origin: client?.origin ?? TEST_ORIGIN,
      ...(client?.cookie ? { cookie: client.cookie } : {}),
      ...headers,
    },
  });
  return {
    status: response.status,
    bytes: new Uint8Array(await response.arrayBuffer()),
    headers: response.headers,
  };
}
