/** Measuring and placing the service boxes so that all of them fit on one A4 page. */
import { PDF_FONT } from "./pdf-fonts.ts";

export const FONT = PDF_FONT;

export interface Run {
  text: string;
  bold: boolean;
}
export type Paragraph = Run[];

export interface CardBlock {
  title: string;
  paragraphs: Paragraph[];
}

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Placement extends Area {
  card: CardBlock;
}

export const CARD_PADDING = 5;
export const LINE_GAP = 0.8;
export const PARAGRAPH_GAP = 1.6;
const CARD_GAP = 6;
const COLUMN_GAP = 10;
/** Tried from the largest; the first size at which every box fits wins. */
const FONT_SIZES = [10, 9.5, 9, 8.5, 8, 7.5, 7, 6.5, 6] as const;
const SMALLEST = 6;

export const titleSize = (size: number) => size + 1.5;

/**
 * Height of a paragraph of mixed bold and regular runs. Measured as if all of it were bold: DejaVu Sans
 * Bold is wider than the regular face, so this is an upper bound and the box never overflows.
 */
function paragraphHeight(doc: PDFKit.PDFDocument, paragraph: Paragraph, width: number, size: number) {
  doc.font(FONT.bold).fontSize(size);
  return doc.heightOfString(paragraph.map((run) => run.text).join(""), { width, lineGap: LINE_GAP });
}

function cardHeight(doc: PDFKit.PDFDocument, card: CardBlock, width: number, size: number): number {
  const inner = width - 2 * CARD_PADDING;
  let height =
    2 * CARD_PADDING + paragraphHeight(doc, [{ text: card.title, bold: true }], inner, titleSize(size));
  for (const paragraph of card.paragraphs) {
    height += PARAGRAPH_GAP + paragraphHeight(doc, paragraph, inner, size);
  }
  return height;
}

/** Column by column, in reading order; null when the boxes do not fit in the area. */
function flow(
  doc: PDFKit.PDFDocument,
  cards: CardBlock[],
  area: Area,
  columns: number,
  size: number,
): Placement[] | null {
  const width = (area.width - (columns - 1) * COLUMN_GAP) / columns;
  const bottom = area.y + area.height;
  const placements: Placement[] = [];
  let column = 0;
  let y = area.y;
  for (const card of cards) {
    const height = cardHeight(doc, card, width, size);
    if (y + height > bottom) {
      column += 1;
      y = area.y;
      if (column >= columns || y + height > bottom) return null;
    }
    placements.push({ card, x: area.x + column * (width + COLUMN_GAP), y, width, height });
    y += height + CARD_GAP;
  }
  return placements;
}

/** Equal slots, used only if even the shortened texts at the smallest size do not fit; drawing clips them. */
function slots(cards: CardBlock[], area: Area, columns: number): Placement[] {
  const rows = Math.ceil(cards.length / columns);
  const width = (area.width - (columns - 1) * COLUMN_GAP) / columns;
  const height = (area.height - (rows - 1) * CARD_GAP) / rows;
  return cards.map((card, index) => ({
    card,
    x: area.x + Math.floor(index / rows) * (width + COLUMN_GAP),
    y: area.y + (index % rows) * (height + CARD_GAP),
    width,
    height,
  }));
}

export const columnsFor = (count: number) => (count <= 3 ? 1 : 2);

/**
 * The largest size at which the boxes fit. Measuring is the costly part (about a millisecond per
 * paragraph), so the largest size is tried first (few services) and the rest is a binary search:
 * smaller type never needs more room.
 */
function largestFit(
  doc: PDFKit.PDFDocument,
  cards: CardBlock[],
  area: Area,
): { placements: Placement[]; size: number } | null {
  const columns = columnsFor(cards.length);
  const attempt = (index: number) => {
    const size = FONT_SIZES[index] ?? SMALLEST;
    const placements = flow(doc, cards, area, columns, size);
    return placements ? { placements, size } : null;
  };
  const largest = attempt(0);
  if (largest) return largest;
  let best: { placements: Placement[]; size: number } | null = null;
  let low = 1;
  let high = FONT_SIZES.length - 1;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    const fit = attempt(middle);
    if (fit) {
      best = fit;
      high = middle - 1;
    } else {
      low = middle + 1;
    }
  }
  return best;
}

/** Full texts at the largest size that fits; then shortened texts; then clipped equal slots. */
export function fitCards(
  doc: PDFKit.PDFDocument,
  build: (compact: boolean) => CardBlock[],
  area: Area,
): { placements: Placement[]; size: number } {
  const fit = largestFit(doc, build(false), area) ?? largestFit(doc, build(true), area);
  if (fit) return fit;
  const cards = build(true);
  return { placements: slots(cards, area, columnsFor(cards.length)), size: SMALLEST };
}
