import type { Piece } from "./text-segments.ts";

export interface FoundDate {
  start: number;
  end: number;
  /** ISO date; its year may come from an earlier date of the same text. */
  value: string;
  confidence: number;
}

const KAZAKH_MONTHS = [
  "қаңтар",
  "ақпан",
  "наурыз",
  "сәуір",
  "мамыр",
  "маусым",
  "шілде",
  "тамыз",
  "қыркүйек",
  "қазан",
  "қараша",
  "желтоқсан",
];
const RUSSIAN_MONTHS = [
  "январ",
  "феврал",
  "март",
  "апрел",
  "ма[йя]",
  "июн",
  "июл",
  "август",
  "сентябр",
  "октябр",
  "ноябр",
  "декабр",
];

const W = "(?<![\\p{L}\\p{N}])";
const months = (stems: string[]) => stems.map((stem) => `(?:${stem})`).join("|");
const KAZAKH_FULL = new RegExp(
  `${W}(\\d{4})\\s+жыл(?:ғы|ы)?\\s+(\\d{1,2})\\s+(${months(KAZAKH_MONTHS)})\\p{L}*`,
  "giu",
);
const DAY_MONTH = new RegExp(
  `${W}(\\d{1,2})\\s+(${months(KAZAKH_MONTHS)}|${months(RUSSIAN_MONTHS)})\\p{L}*(?:\\s+(\\d{4})(?:\\s*(?:года|г\\.|жылы|ж\\.))?)?`,
  "giu",
);
const NUMERIC = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]\d)/g;
/** «сол күні», «в тот же день»: the date of the signing told just before. */
export const SAME_DAY = new RegExp(
  `${W}(сол\\s+күні|дәл\\s+сол\\s+күні|в\\s+тот\\s+же\\s+день|в\\s+этот\\s+же\\s+день)`,
  "giu",
);

function monthNumber(word: string): number {
  const lower = word.toLowerCase();
  const kk = KAZAKH_MONTHS.findIndex((stem) => lower.startsWith(stem));
  if (kk >= 0) return kk + 1;
  return RUSSIAN_MONTHS.findIndex((stem) => new RegExp(`^${stem}`).test(lower)) + 1;
}

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1991 || year > 2100)
    return null;
  return date.toISOString().slice(0, 10);
}

/** Every date of the text, in order; a day and month without a year borrow the year of the date before. */
export function findDates(source: string): FoundDate[] {
  const raw: Array<{ start: number; end: number; year: number | null; month: number; day: number }> = [];
  const taken: Piece[] = [];
  const add = (start: number, end: number, year: number | null, month: number, day: number) => {
    if (taken.some((t) => start < t.end && end > t.start)) return;
    taken.push({ start, end, text: "" });
    raw.push({ start, end, year, month, day });
  };
  for (const m of source.matchAll(KAZAKH_FULL)) {
    add(m.index, m.index + m[0].length, Number(m[1]), monthNumber(m[3] as string), Number(m[2]));
  }
  for (const m of source.matchAll(NUMERIC)) {
    add(m.index, m.index + m[0].length, Number(m[3]), Number(m[2]), Number(m[1]));
  }
  for (const m of source.matchAll(DAY_MONTH)) {
    const year = m[3] ? Number(m[3]) : null;
    add(m.index, m.index + m[0].length, year, monthNumber(m[2] as string), Number(m[1]));
  }
  raw.sort((a, b) => a.start - b.start);
  const dates: FoundDate[] = [];
  let lastYear: number | null = null;
  for (const item of raw) {
    const year: number | null = item.year ?? lastYear;
    if (year === null) continue;
    const value = iso(year, item.month, item.day);
    if (!value) continue;
    lastYear = year;
    dates.push({ start: item.start, end: item.end, value, confidence: item.year === null ? 0.7 : 0.95 });
  }
  return dates;
}
