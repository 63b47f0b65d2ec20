/** A piece of the normalized text: `text === source.slice(start, end)`. */
export interface Piece {
  start: number;
  end: number;
  text: string;
}

export interface Paragraph extends Piece {
  sentences: Piece[];
  /** A line that reads as a headline (short, no closing punctuation): it repeats what the body tells. */
  isTitle: boolean;
}

/** One line ending style, NFC letters and no byte-order mark, so every span points into one agreed text. */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC");
}

export const piece = (source: string, start: number, end: number): Piece => ({
  start,
  end,
  text: source.slice(start, end),
});

/** Words, hyphenated compounds (ата-аналар) and numbers such as «№3» keep together. */
const WORD = /№\s?\d+|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

export function wordsOf(source: string, start = 0, end = source.length): Piece[] {
  const words: Piece[] = [];
  for (const match of source.slice(start, end).matchAll(WORD)) {
    const from = start + (match.index ?? 0);
    words.push(piece(source, from, from + match[0].length));
  }
  return words;
}

/** Abbreviations after which a full stop does not end the sentence. */
const ABBREVIATIONS = new Set([
  "т.б",
  "т.с.с",
  "др",
  "т.д",
  "т.п",
  "г",
  "обл",
  "им",
  "ул",
  "ж",
  "жж",
  "м",
  "см",
]);

function sentencesOf(source: string, start: number, end: number): Piece[] {
  const sentences: Piece[] = [];
  let from = start;
  const boundary = /[.!?…]+["»”]?(?=\s+["«“„–—-]?\s*[\p{Lu}\d])/gu;
  for (const match of source.slice(start, end).matchAll(boundary)) {
    const stop = start + (match.index ?? 0);
    const before =
      source
        .slice(from, stop)
        .match(/([\p{L}.]+)$/u)?.[1]
        ?.toLowerCase() ?? "";
    if (ABBREVIATIONS.has(before)) continue;
    const close = stop + match[0].length;
    sentences.push(piece(source, from, close));
    from = close;
    while (from < end && /\s/.test(source[from] ?? "")) from++;
  }
  if (from < end) sentences.push(piece(source, from, end));
  return sentences;
}

/** A headline or a web page's heading: short, no closing punctuation, not a list item. */
const isHeading = (text: string) =>
  text.length < 200 && !/[.!?…:;,]["»”]?$/.test(text) && !/^([-–—•*▪·]|\d+[).])\s/.test(text);

/** Non-empty lines, each a paragraph with its sentences, offsets kept. */
export function paragraphsOf(source: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  for (const line of source.split("\n")) {
    const leading = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed) {
      const start = offset + leading;
      const end = start + trimmed.length;
      paragraphs.push({
        ...piece(source, start, end),
        sentences: sentencesOf(source, start, end),
        isTitle: false,
      });
    }
    offset += line.length + 1;
  }
  if (paragraphs.length > 1) {
    for (const paragraph of paragraphs) paragraph.isTitle = isHeading(paragraph.text);
  }
  return paragraphs;
}

/** Whether [start, end) lies inside any of the ranges. */
export const insideAny = (ranges: readonly { start: number; end: number }[], start: number, end: number) =>
  ranges.some((range) => start >= range.start && end <= range.end);

/** Whether [start, end) overlaps any of the ranges. */
export const overlapsAny = (ranges: readonly { start: number; end: number }[], start: number, end: number) =>
  ranges.some((range) => start < range.end && end > range.start);
