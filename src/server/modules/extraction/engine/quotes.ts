import { type Piece, piece } from "./text-segments.ts";

/** Text between quotation marks: `outer` includes the marks, `inner` is what they enclose. */
export interface Quoted {
  outer: Piece;
  inner: Piece;
}

const PAIRS: Record<string, string> = { "«": "»", "“": "”", "„": "“" };

/** Quoted stretches of one paragraph, outermost only: «…», “…”, „…“ and straight "…" pairs. */
export function findQuoted(source: string, paragraph: Piece): Quoted[] {
  const found: Quoted[] = [];
  const { start, end } = paragraph;
  let i = start;
  while (i < end) {
    const char = source[i] as string;
    const close = char === '"' ? '"' : PAIRS[char];
    if (!close) {
      i++;
      continue;
    }
    let depth = 0;
    let j = i + 1;
    for (; j < end; j++) {
      const c = source[j];
      if (c === close && depth === 0) break;
      if (close !== '"' && c === char) depth++;
      else if (close !== '"' && c === close) depth--;
    }
    if (j >= end) {
      i++;
      continue;
    }
    found.push({ outer: piece(source, i, j + 1), inner: piece(source, i + 1, j) });
    i = j + 1;
  }
  return found;
}

const SPEECH_VERB =
  "(деді|деп|деген|атап\\s+өтті|сказал\\p{L}*|отметил\\p{L}*|подчеркнул\\p{L}*|сообщил\\p{L}*|заявил\\p{L}*|добавил\\p{L}*|пояснил\\p{L}*|поделил\\p{L}*)";
const AFTER_QUOTE = new RegExp(`^\\s*,?\\s*[-–—]\\s*${SPEECH_VERB}`, "iu");
const DASH_SPEECH = new RegExp(`^[-–—]\\s*(.+?)\\s*,?\\s*[-–—]\\s*${SPEECH_VERB}`, "u");

/** Whether a quoted stretch is someone's words rather than a name: a sentence, or followed by «– деді». */
export function isSpeech(source: string, quoted: Quoted): boolean {
  const words = quoted.inner.text.split(/\s+/).filter(Boolean).length;
  const followedBySpeechVerb = AFTER_QUOTE.test(source.slice(quoted.outer.end, quoted.outer.end + 40));
  return followedBySpeechVerb || (words >= 4 && /[.!?,:;]/.test(quoted.inner.text)) || words >= 10;
}

/** Direct speech set off by dashes, the Kazakh and Russian way: «– Мақсатымыз …, – деді …». */
export function findDashSpeech(source: string, paragraph: Piece): Piece | null {
  const match = DASH_SPEECH.exec(paragraph.text);
  if (!match) return null;
  const text = (match[1] as string).replace(/[,\s]+$/, "");
  const start = paragraph.start + paragraph.text.indexOf(text);
  return piece(source, start, start + text.length);
}
