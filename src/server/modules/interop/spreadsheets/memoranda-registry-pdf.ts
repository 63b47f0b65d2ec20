import type { Locale } from "../../../../shared/vocabulary.ts";
import { PDF_FONT, startPdf } from "../../../public-site/help-card/pdf-fonts.ts";
import { translator } from "./export-context.ts";
import { REGISTRY_HEADER_KEYS, type RegistryEntry } from "./memoranda-export.ts";

const PAGE = { width: 841.89, height: 595.28 };
const MARGIN = 32;
const CONTENT_WIDTH = PAGE.width - 2 * MARGIN;
const TEXT_SIZE = 7.5;
const PADDING = 3;
/** Shares of the width per column: number, title, parties, regions, scope, four dates/states, lifecycle. */
const SHARES = [0.07, 0.17, 0.2, 0.1, 0.13, 0.065, 0.065, 0.065, 0.07, 0.065];

function drawRow(doc: PDFKit.PDFDocument, cells: string[], bold: boolean, onNewPage: () => void) {
  doc.font(bold ? PDF_FONT.bold : PDF_FONT.regular).fontSize(TEXT_SIZE);
  const widths = SHARES.map((share) => share * CONTENT_WIDTH);
  const height =
    Math.max(...cells.map((text, index) => doc.heightOfString(text, { width: (widths[index] ?? 40) - 4 }))) +
    2 * PADDING;
  if (doc.y + height > PAGE.height - MARGIN) {
    doc.addPage();
    onNewPage();
    doc.font(bold ? PDF_FONT.bold : PDF_FONT.regular).fontSize(TEXT_SIZE);
  }
  const top = doc.y;
  let x = MARGIN;
  cells.forEach((text, index) => {
    const width = widths[index] ?? 40;
    doc.text(text, x + 2, top + PADDING, { width: width - 4 });
    x += width;
  });
  doc
    .moveTo(MARGIN, top + height)
    .lineTo(MARGIN + CONTENT_WIDTH, top + height)
    .lineWidth(0.4)
    .strokeColor("#999999")
    .stroke();
  doc.x = MARGIN;
  doc.y = top + height;
}

/** The memoranda registry as a printable A4 landscape table in `locale`, DejaVu Sans embedded. */
export async function renderRegistryPdf(
  entries: RegistryEntry[],
  locale: Locale,
  generatedAt: Date,
): Promise<Buffer> {
  const t = translator(locale);
  const title = t("exports.registry.title");
  const headers = REGISTRY_HEADER_KEYS.map((key) => t(key));
  const { doc, bytes } = startPdf({
    size: "A4",
    layout: "landscape",
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN },
    lang: locale,
    displayTitle: true,
    info: { Title: title, Author: "Yntymaq" },
  });
  doc.font(PDF_FONT.bold).fontSize(15).text(title, MARGIN, MARGIN);
  doc.font(PDF_FONT.regular).fontSize(9);
  const generated = generatedAt.toISOString().slice(0, 16).replace("T", " ");
  doc.text(t("exports.registry.summary", { count: entries.length, date: generated }));
  doc.moveDown(0.6);
  const drawHeader = () => drawRow(doc, headers, true, () => undefined);
  drawHeader();
  for (const entry of entries) {
    const cells = [
      entry.number,
      entry.title,
      entry.parties,
      entry.regions,
      entry.scope,
      entry.signedDate,
      entry.startDate,
      entry.endDate,
      entry.reviewState,
      entry.lifecycle,
    ].map((cell) => cell ?? "—");
    drawRow(doc, cells, false, drawHeader);
  }
  if (entries.length === 0) doc.moveDown().text(t("exports.registry.empty"), MARGIN);
  doc.end();
  return bytes;
}
