import { translate } from "../../i18n/translate.ts";
import type { HelpCard } from "./help-card.model.ts";
import { cardBlock } from "./help-card-pdf-blocks.ts";
import {
  type Area,
  CARD_PADDING,
  FONT,
  fitCards,
  LINE_GAP,
  PARAGRAPH_GAP,
  type Paragraph,
  type Placement,
  titleSize,
} from "./help-card-pdf-layout.ts";
import { startPdf } from "./pdf-fonts.ts";
import { QR_QUIET_ZONE, type QrMatrix, qrMatrix } from "./qr-matrix.ts";

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 28;
const CONTENT_WIDTH = A4.width - 2 * MARGIN;
const HEADER_HEIGHT = 44;
/** About 0.45 mm per module: still readable by phone cameras for the longest list of twelve ids. */
const QR_POINTS_PER_MODULE = 1.3;
const QR_MIN = 72;
const QR_MAX = 116;

function drawParagraph(
  doc: PDFKit.PDFDocument,
  paragraph: Paragraph,
  x: number,
  y: number,
  width: number,
  size: number,
) {
  paragraph.forEach((run, index) => {
    doc.font(run.bold ? FONT.bold : FONT.regular).fontSize(size);
    const options = { width, lineGap: LINE_GAP, continued: index < paragraph.length - 1 };
    if (index === 0) doc.text(run.text, x, y, options);
    else doc.text(run.text, options);
  });
}

function drawCard(doc: PDFKit.PDFDocument, placement: Placement, size: number) {
  const { card, x, y, width, height } = placement;
  doc.save().roundedRect(x, y, width, height, 3).lineWidth(0.6).strokeColor("#555555").stroke().restore();
  doc.save().rect(x, y, width, height).clip();
  const innerX = x + CARD_PADDING;
  const innerWidth = width - 2 * CARD_PADDING;
  const bottom = y + height - CARD_PADDING;
  drawParagraph(
    doc,
    [{ text: card.title, bold: true }],
    innerX,
    y + CARD_PADDING,
    innerWidth,
    titleSize(size),
  );
  for (const paragraph of card.paragraphs) {
    const top = doc.y + PARAGRAPH_GAP;
    if (top >= bottom) break;
    drawParagraph(doc, paragraph, innerX, top, innerWidth, size);
  }
  doc.restore();
}

function drawHeader(doc: PDFKit.PDFDocument, card: HelpCard) {
  const t = (key: string, params?: Record<string, unknown>) => translate(card.locale, key, params);
  doc.font(FONT.bold).fontSize(16).text(t("site.help_card.title"), MARGIN, MARGIN, { lineBreak: false });
  doc
    .font(FONT.bold)
    .fontSize(11)
    .text(card.siteName, MARGIN, MARGIN + 3, { width: CONTENT_WIDTH, align: "right", lineBreak: false });
  const subtitle = `${t("site.help_card.count", { count: card.entries.length })} · ${t("site.help_card.printed_on", { date: card.printedOn })}`;
  doc
    .font(FONT.regular)
    .fontSize(8.5)
    .text(subtitle, MARGIN, MARGIN + 22, { lineBreak: false });
  const ruleY = MARGIN + HEADER_HEIGHT - 8;
  doc
    .moveTo(MARGIN, ruleY)
    .lineTo(A4.width - MARGIN, ruleY)
    .lineWidth(0.6)
    .strokeColor("#555555")
    .stroke();
}

const qrSide = (matrix: QrMatrix) =>
  Math.min(QR_MAX, Math.max(QR_MIN, (matrix.size + 2 * QR_QUIET_ZONE) * QR_POINTS_PER_MODULE));

/** QR modules drawn as filled rectangles, one per horizontal run. */
function drawQr(doc: PDFKit.PDFDocument, matrix: QrMatrix, x: number, y: number, side: number) {
  const unit = side / (matrix.size + 2 * QR_QUIET_ZONE);
  doc.save().rect(x, y, side, side).fill("#ffffff");
  for (const run of matrix.runs) {
    // A hair of overlap so that viewers do not draw white seams between rows.
    doc.rect(
      x + (run.x + QR_QUIET_ZONE) * unit,
      y + (run.y + QR_QUIET_ZONE) * unit,
      run.length * unit,
      unit + 0.05,
    );
  }
  doc.fill("#000000").restore();
}

/** The QR code and the link back, at the bottom of the page; returns the top of the footer. */
function drawFooter(doc: PDFKit.PDFDocument, card: HelpCard): number {
  const matrix = qrMatrix(card.listUrl);
  const side = qrSide(matrix);
  const top = A4.height - MARGIN - side;
  drawQr(doc, matrix, MARGIN, top, side);
  const textX = MARGIN + side + 10;
  const width = A4.width - MARGIN - textX;
  doc.fillColor("#000000");
  doc
    .font(FONT.bold)
    .fontSize(9)
    .text(translate(card.locale, "site.help_card.qr_caption"), textX, top + 4, { width });
  doc
    .font(FONT.regular)
    .fontSize(7)
    .text(card.listUrl, textX, doc.y + 2, { width, link: card.listUrl, underline: true });
  const printed = translate(card.locale, "site.help_card.printed_on", { date: card.printedOn });
  doc.fontSize(8.5).text(`${printed} · ${card.siteName}`, textX, doc.y + 4, { width });
  const ruleY = top - 6;
  doc
    .moveTo(MARGIN, ruleY)
    .lineTo(A4.width - MARGIN, ruleY)
    .lineWidth(0.6)
    .strokeColor("#555555")
    .stroke();
  return ruleY;
}

/** The card as a one-page A4 PDF with the DejaVu fonts embedded (subset), in the card's language. */
export async function renderHelpCardPdf(card: HelpCard): Promise<Buffer> {
  const title = `${translate(card.locale, "site.help_card.title")} — ${card.siteName}`;
  // No bottom margin: PDFKit starts a new page when text passes it, and the layout already keeps
  // everything above the footer, so the card can never spill onto a second page.
  const { doc, bytes } = startPdf({
    size: "A4",
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: 0 },
    lang: card.locale,
    displayTitle: true,
    info: { Title: title, Author: card.siteName, Subject: card.listUrl },
  });
  doc.fillColor("#000000");
  drawHeader(doc, card);
  const footerTop = drawFooter(doc, card);
  const area: Area = {
    x: MARGIN,
    y: MARGIN + HEADER_HEIGHT,
    width: CONTENT_WIDTH,
    height: footerTop - 8 - (MARGIN + HEADER_HEIGHT),
  };
  const build = (compact: boolean) => card.entries.map((entry) => cardBlock(entry, card.locale, compact));
  const { placements, size } = fitCards(doc, build, area);
  doc.fillColor("#000000");
  for (const placement of placements) drawCard(doc, placement, size);
  doc.end();
  return bytes;
}
