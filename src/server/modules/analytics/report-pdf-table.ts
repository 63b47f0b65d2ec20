import { PDF_FONT } from "../../public-site/help-card/pdf-fonts.ts";
import type { TableCell } from "./coverage-table.ts";

export const A4 = { width: 595.28, height: 841.89 };
export const MARGIN = 40;
export const CONTENT_WIDTH = A4.width - 2 * MARGIN;

const ROW_PADDING = 3;
const TEXT_SIZE = 8.5;

/** Starts a new page when `height` more points would pass the bottom margin. */
export function ensureRoom(doc: PDFKit.PDFDocument, height: number) {
  if (doc.y + height > A4.height - MARGIN) doc.addPage();
}

export function heading(doc: PDFKit.PDFDocument, text: string) {
  ensureRoom(doc, 40);
  doc.moveDown(0.8);
  doc.font(PDF_FONT.bold).fontSize(12.5).text(text, MARGIN, doc.y, { width: CONTENT_WIDTH });
  doc.moveDown(0.3);
}

export function paragraph(doc: PDFKit.PDFDocument, text: string) {
  ensureRoom(doc, 16);
  doc.font(PDF_FONT.regular).fontSize(9.5).text(text, MARGIN, doc.y, { width: CONTENT_WIDTH });
}

/**
 * A ruled table: the first column left-aligned and as wide as `firstWidth` of the content width, numbers
 * right-aligned in equal columns; `bold` rows (totals) in bold. Repeats the header on a new page.
 */
export function table(
  doc: PDFKit.PDFDocument,
  headers: string[],
  rows: TableCell[][],
  options: { firstWidth?: number; bold?: number[] } = {},
) {
  const first = CONTENT_WIDTH * (options.firstWidth ?? 0.4);
  const rest = (CONTENT_WIDTH - first) / Math.max(1, headers.length - 1);
  const widths = headers.map((_, index) => (index === 0 ? first : rest));
  const drawRow = (cells: TableCell[], bold: boolean) => {
    doc.font(bold ? PDF_FONT.bold : PDF_FONT.regular).fontSize(TEXT_SIZE);
    const texts = cells.map((cell) => (cell === null ? "—" : String(cell)));
    const height =
      Math.max(
        ...texts.map((text, index) => doc.heightOfString(text, { width: (widths[index] ?? rest) - 4 })),
      ) +
      2 * ROW_PADDING;
    if (doc.y + height > A4.height - MARGIN) {
      doc.addPage();
      drawHeader();
    }
    const top = doc.y;
    let x = MARGIN;
    texts.forEach((text, index) => {
      const width = widths[index] ?? rest;
      doc.text(text, x + 2, top + ROW_PADDING, { width: width - 4, align: index === 0 ? "left" : "right" });
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
  };
  const drawHeader = () => drawRow(headers, true);
  drawHeader();
  rows.forEach((row, index) => {
    drawRow(row, options.bold?.includes(index) ?? false);
  });
}
