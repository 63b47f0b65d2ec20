import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

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
