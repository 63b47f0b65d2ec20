/**
 * Just enough PDF reading for tests of the PDFs we make with PDFKit: objects are plain (no object
 * streams), streams are Flate-compressed, text is hex glyph ids mapped to Unicode by each font's CMap.
 */
import { inflateSync } from "node:zlib";

function objects(raw: string): Map<string, string> {
  const byId = new Map<string, string>();
  for (const match of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g))
    byId.set(match[1] ?? "", match[2] ?? "");
  return byId;
}

function streamOf(body: string): string {
  const match = /stream\r?\n([\s\S]*?)\r?\nendstream/.exec(body);
  if (!match?.[1]) return "";
  // Compressed data may itself end in "\r", which the pattern above takes for the line end: /Length decides.
  const length = Number(/\/Length (\d+)\s*[/>]/.exec(body)?.[1] ?? Number.NaN);
  const start = match.index + match[0].indexOf("\n") + 1;
  const data = Number.isFinite(length) ? body.slice(start, start + length) : match[1];
  const bytes = Buffer.from(data, "latin1");
  return (/\/FlateDecode/.test(body) ? inflateSync(bytes) : bytes).toString("latin1");
}

/** Page objects: `/Type /Page`, not the `/Type /Pages` tree root. */
export function pdfPageCount(pdf: Buffer): number {
  return [...pdf.toString("latin1").matchAll(/\/Type\s*\/Page(?!s)\b/g)].length;
}

/** Names of the embedded fonts, without the subset tag (`ABCDEF+DejaVuSans` → `DejaVuSans`). */
export function pdfEmbeddedFonts(pdf: Buffer): string[] {
  const raw = pdf.toString("latin1");
  const names = [...raw.matchAll(/\/FontName\s*\/(?:[A-Z]{6}\+)?([\w-]+)/g)].map((match) => match[1] ?? "");
  const embedded = /\/FontFile2\s+\d+ 0 R/.test(raw);
  return embedded ? [...new Set(names)] : [];
}

function parseCmap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const range of cmap.matchAll(/<([0-9a-f]+)>\s*<[0-9a-f]+>\s*\[([^\]]*)\]/gi)) {
    let code = Number.parseInt(range[1] ?? "0", 16);
    for (const entry of (range[2] ?? "").matchAll(/<([0-9a-f ]+)>/gi)) {
      const units = (entry[1] ?? "").split(" ").map((hex) => Number.parseInt(hex, 16));
      map.set(code++, String.fromCharCode(...units));
    }
  }
  return map;
}

/** The decompressed page content streams (drawing and text operators), one after another. */
export function pdfContent(pdf: Buffer): string {
  const streams = [...objects(pdf.toString("latin1")).values()].map(streamOf);
  return streams.filter((stream) => /\bBT\b|\bre\b/.test(stream) && !/begincmap/.test(stream)).join("\n");
}

/** Every text-showing operation of every page, decoded through the ToUnicode map of its font. */
export function pdfTextRuns(pdf: Buffer): string[] {
  const byId = objects(pdf.toString("latin1"));
  const cmaps = new Map<string, Map<number, string>>();
  for (const body of byId.values()) {
    for (const font of body.matchAll(/\/(F\d+)\s+(\d+) 0 R/g)) {
      const toUnicode = /\/ToUnicode\s+(\d+) 0 R/.exec(byId.get(font[2] ?? "") ?? "");
      if (font[1] && toUnicode?.[1]) cmaps.set(font[1], parseCmap(streamOf(byId.get(toUnicode[1]) ?? "")));
    }
  }
  const runs: string[] = [];
  for (const body of byId.values()) {
    if (!/\/Length/.test(body) || /\/ToUnicode|\/FontFile|\/Subtype/.test(body)) continue;
    let cmap = new Map<number, string>();
    for (const op of streamOf(body).matchAll(/\/(F\d+)\s+[\d.]+\s+Tf|\[([^\]]*)\]\s*TJ/g)) {
      if (op[1]) cmap = cmaps.get(op[1]) ?? new Map();
      else {
        const hex = [...(op[2] ?? "").matchAll(/<([0-9a-f]*)>/gi)].map((part) => part[1] ?? "").join("");
        const codes = hex.match(/.{4}/g) ?? [];
        runs.push(codes.map((code) => cmap.get(Number.parseInt(code, 16)) ?? "\uFFFD").join(""));
      }
    }
  }
  return runs;
}
