import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import PDFDocument from "pdfkit";

/** DejaVu Sans covers Kazakh Cyrillic (ә ғ қ ң ө ұ ү һ і), Russian and Latin; PDFKit embeds a subset. */
const FONT_DIR = path.join(
  path.dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")),
  "ttf",
);

const REGULAR_FONT_PATH = path.join(FONT_DIR, "DejaVuSans.ttf");
const BOLD_FONT_PATH = path.join(FONT_DIR, "DejaVuSans-Bold.ttf");

export interface PdfFonts {
  regular: Buffer;
  bold: Buffer;
}

let cached: PdfFonts | undefined;

/** Read once per process: the two files are ~1 MB and every PDF needs them. */
export function pdfFonts(): PdfFonts {
  cached ??= { regular: readFileSync(REGULAR_FONT_PATH), bold: readFileSync(BOLD_FONT_PATH) };
  return cached;
}

/** The names the two fonts are registered under in every PDF Yntymaq makes. */
export const PDF_FONT = { regular: "DejaVuSans", bold: "DejaVuSans-Bold" } as const;

/**
 * A PDFKit document with DejaVu Sans registered as PDF_FONT, and its bytes, which resolve once the caller
 * has drawn everything and called `doc.end()`.
 */
export function startPdf(options: PDFKit.PDFDocumentOptions): {
  doc: PDFKit.PDFDocument;
  bytes: Promise<Buffer>;
} {
  const doc = new PDFDocument(options);
  const bytes = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const fonts = pdfFonts();
  doc.registerFont(PDF_FONT.regular, fonts.regular);
  doc.registerFont(PDF_FONT.bold, fonts.bold);
  return { doc, bytes };
}
