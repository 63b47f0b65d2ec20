import { foldText } from "../../../../shared/search/fold.ts";
import type { ExtractionLanguage } from "./language.ts";
import { kazakhNominative, russianNominative, toKazakhLatin } from "./name-forms.ts";
import {
  levelFromWords,
  type OrganizationLevel,
  type OrganizationType,
  typeFromWords,
} from "./partner-types.ts";
import type { PlaceMention } from "./places.ts";
import { isSpeech, type Quoted } from "./quotes.ts";
import { overlapsAny, type Piece } from "./text-segments.ts";

export interface PartnerFinding extends Piece {
  name: string;
  nameLatin: string;
  type: OrganizationType;
  typeConfidence: number;
  level: OrganizationLevel | null;
  regionCode: string | null;
  confidence: number;
}

export interface PartnerContext {
  source: string;
  language: ExtractionLanguage;
  /** The words of the event's text, in order. */
  words: readonly Piece[];
  quoted: readonly Quoted[];
  places: readonly PlaceMention[];
  /** The branch, the signing words and the like: never part of a partner. */
  blocked: readonly Piece[];
}

const STOP_WORDS = new Set(
  [
    "және",
    "мен",
    "бен",
    "пен",
    "немесе",
    "сондай-ақ",
    "әрі",
    "и",
    "а",
    "с",
    "со",
    "или",
    "также",
    "между",
  ].map((word) => word.toLowerCase()),
);
const HARD_GAP = /[,;:.!?()«»"“”„\n]/;
/** «детей с аутизмом», «лиц с инвалидностью»: here «с» is inside a name, not «signed with». */
const PEOPLE_WITH = /^(дет|люд|лиц|сем|родител|взросл|молод|подрост|инвалид)/iu;
const isWith = (word: string) => /^(с|со)$/iu.test(word);
const INSTRUMENTAL = /[^\s](мен|бен|пен)$/iu;
const LOCATIVE = /(нда|нде)$/iu;
const NOT_ORGANIZATION_AFTER = /^(жоба|бағдарлама|проект|программ|акци|кешен|комплекс|марафон|форум)/iu;
const PARTY = /^парти/iu;

/** Kazakh heads of descriptive names (possessive singular, any case), Russian heads in any case. */
const KAZAKH_HEAD =
  /^(орталығ|кабинет[іи]|басқармас|федерациясы|мектеб[іи]|балабақшас|ауруханас|қауымдастығ|одағ|бірлестіг|қоғамы)/iu;
const RUSSIAN_HEAD =
  /^(центр|кабинет|управлени|федераци|школ|ассоциаци|объединени|союз)|^обществ(о|а|ом|у|е)$/iu;
/** «в центре внимания»: a head after a preposition of place is no organization being named. */
const RUSSIAN_PLACE_PREPOSITIONS = new Set(["в", "во", "на", "о", "об"]);
const RUSSIAN_COMPLEMENT = /^(при|по|с|со|№.*|\p{Lu}.*|.+(ого|его|ой|ей|ых|их|ия|ии|ов|ев|а|я|ы|ом|ем))$/u;

export function findPartners(ctx: PartnerContext): PartnerFinding[] {
  const partners: PartnerFinding[] = [];
  const taken: Piece[] = [...ctx.blocked];
  for (const quoted of ctx.quoted) {
    if (overlapsAny(taken, quoted.outer.start, quoted.outer.end) || isSpeech(ctx.source, quoted)) continue;
    const partner = quotedPartner(ctx, quoted, taken);
    if (partner) {
      partners.push(partner);
      taken.push(partner);
    }
  }
  const heads = ctx.language === "kk" ? [...ctx.words].reverse() : ctx.words;
  for (const head of heads) {
    if (overlapsAny(taken, head.start, head.end) || insideParentheses(ctx.source, head)) continue;
    const partner = descriptivePartner(ctx, ctx.words.indexOf(head), taken);
    if (partner) {
      partners.push(partner);
      taken.push(partner);
    }
  }
  return dedupe(partners.sort((a, b) => a.start - b.start));
}

function dedupe(partners: PartnerFinding[]): PartnerFinding[] {
  const seen = new Set<string>();
  return partners.filter((partner) => {
    const key = foldText(partner.name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function insideParentheses(source: string, word: Piece): boolean {
  const before = source.lastIndexOf("(", word.start);
  return before >= 0 && source.lastIndexOf(")", word.start) < before && source.indexOf(")", word.end) >= 0;
}

/** Whether the text between two words (or the words themselves) ends a noun phrase. */
const boundaryBetween = (source: string, left: Piece, right: Piece) =>
  HARD_GAP.test(source.slice(left.end, right.start));

/** Up to `max` words right before `start` that still belong to the same noun phrase. */
function wordsBefore(ctx: PartnerContext, start: number, max: number, taken: readonly Piece[]): Piece[] {
  const before = ctx.words.filter((word) => word.end <= start);
  const kept: Piece[] = [];
  let right: Piece = { start, end: start, text: "" };
  for (let i = before.length - 1; i >= 0 && kept.length < max; i--) {
    const word = before[i] as Piece;
    const lower = word.text.toLowerCase();
    if (boundaryBetween(ctx.source, word, right) || overlapsAny(taken, word.start, word.end)) break;
    const withinName = isWith(lower) && PEOPLE_WITH.test(before[i - 1]?.text ?? "");
    if (!withinName && (STOP_WORDS.has(lower) || INSTRUMENTAL.test(lower) || LOCATIVE.test(lower))) break;
    if (PARTY.test(lower)) break;
    if (ctx.places.some((place) => place.locative && word.start >= place.start && word.end <= place.end))
      break;
    kept.unshift(word);
    right = word;
  }
  return kept;
}

function wordsAfter(ctx: PartnerContext, end: number, max: number, taken: readonly Piece[]): Piece[] {
  const after = ctx.words.filter((word) => word.start >= end);
  const kept: Piece[] = [];
  let left: Piece = { start: end, end, text: "" };
  for (const word of after) {
    if (kept.length >= max || boundaryBetween(ctx.source, left, word)) break;
    const withinName = isWith(word.text) && PEOPLE_WITH.test(left.text);
    if (overlapsAny(taken, word.start, word.end) || (STOP_WORDS.has(word.text.toLowerCase()) && !withinName))
      break;
    kept.push(word);
    left = word;
    if (INSTRUMENTAL.test(word.text)) break;
  }
  return kept;
}

/** The region and level of the place a partner's words name: «Маңғыстау … федерациясы» → KZ-47, region. */
function placeWithin(ctx: PartnerContext, start: number, end: number) {
  const place = ctx.places.find((p) => p.start >= start && p.end <= end);
  if (!place) return { regionCode: null, level: null };
  return {
    regionCode: place.regionCode,
    level: place.kind === "region" ? "region" : ("city" as OrganizationLevel),
  };
}

const textOf = (ctx: PartnerContext, words: readonly Piece[]) =>
  words.length ? ctx.source.slice((words[0] as Piece).start, (words[words.length - 1] as Piece).end) : "";

function quotedPartner(ctx: PartnerContext, quoted: Quoted, taken: readonly Piece[]): PartnerFinding | null {
  const name = quoted.inner.text.trim().replace(/\s+/g, " ");
  if (!name || name.split(" ").length > 9) return null;
  const before = wordsBefore(ctx, quoted.outer.start, 6, taken);
  const after = wordsAfter(ctx, quoted.outer.end, 5, taken);
  if (after[0] && NOT_ORGANIZATION_AFTER.test(after[0].text)) return null;
  if (before.length && PARTY.test((before[before.length - 1] as Piece).text)) return null;
  // The type words after a Kazakh name end at the last word that still states a type.
  let lastTypeWord = -1;
  for (let i = 0; i < after.length; i++) {
    const withWord = typeFromWords(textOf(ctx, after.slice(Math.max(0, i - 2), i + 1)), true);
    const withoutWord = i > 0 ? typeFromWords(textOf(ctx, after.slice(Math.max(0, i - 2), i)), true) : null;
    const adds =
      withWord && (withWord.type !== withoutWord?.type || withWord.confidence > withoutWord.confidence);
    if (adds) lastTypeWord = i;
  }
  const typeAfter = after.slice(0, lastTypeWord + 1);
  const beforeText = textOf(ctx, before);
  const typeBefore = typeFromWords(beforeText, true) ? before : [];
  // A Russian name is followed by its genitive complement: «КГУ «Центр …» управления образования … области».
  const tail = ctx.language === "ru" ? after : typeAfter;
  const type =
    typeFromWords(`${textOf(ctx, typeBefore)} ${textOf(ctx, typeAfter)}`, true) ?? typeFromWords(name, true);
  if (!type) return null;
  const start = typeBefore[0]?.start ?? quoted.outer.start;
  const end = tail[tail.length - 1]?.end ?? quoted.outer.end;
  const context = `${beforeText} ${ctx.source.slice(quoted.outer.end, end)}`;
  const stated = typeFromWords(`${textOf(ctx, typeBefore)} ${textOf(ctx, typeAfter)}`, true) !== null;
  const located = placeWithin(ctx, before[0]?.start ?? start, end);
  return {
    start,
    end,
    text: ctx.source.slice(start, end),
    name,
    nameLatin: toKazakhLatin(name),
    type: type.type,
    typeConfidence: stated ? type.confidence : Math.min(type.confidence, 0.5),
    level: levelFromWords(context) ?? levelFromWords(name) ?? located.level,
    regionCode: located.regionCode,
    confidence: stated ? 0.9 : 0.6,
  };
}

/** An unquoted name such as «Шымкент қалалық Білім басқармасына қарасты … түзету орталығы». */
function descriptivePartner(
  ctx: PartnerContext,
  index: number,
  taken: readonly Piece[],
): PartnerFinding | null {
  const head = ctx.words[index] as Piece;
  let words: Piece[];
  if (ctx.language === "kk") {
    if (!KAZAKH_HEAD.test(head.text) || /(лар|лер|дар|дер|тар|тер)/iu.test(head.text.slice(5))) return null;
    const next = ctx.words[index + 1];
    if (
      next &&
      !boundaryBetween(ctx.source, head, next) &&
      /^(қарасты|жанындағы|бойынша)$/iu.test(next.text)
    ) {
      return null;
    }
    words = [...wordsBefore(ctx, head.start, 12, taken), head];
  } else {
    const previous = ctx.words[index - 1]?.text.toLowerCase() ?? "";
    if (!RUSSIAN_HEAD.test(head.text) || RUSSIAN_PLACE_PREPOSITIONS.has(previous)) return null;
    const adjectives = wordsBefore(ctx, head.start, 3, taken).filter((w) =>
      /(ой|ий|ый|ая|ым|им|ую|ое)$/u.test(w.text),
    );
    const complement: Piece[] = [];
    let left = head;
    for (const word of wordsAfter(ctx, head.end, 7, taken)) {
      if (!RUSSIAN_COMPLEMENT.test(word.text) || /[-–—]/.test(ctx.source.slice(left.end, word.start))) break;
      left = word;
      complement.push(word);
    }
    words = [
      ...adjectives.slice(adjectives.length - trailingCount(ctx, adjectives, head)),
      head,
      ...complement,
    ];
  }
  if (words.length < 2) return null;
  const start = (words[0] as Piece).start;
  const end = (words[words.length - 1] as Piece).end;
  const text = ctx.source.slice(start, end);
  const type = typeFromWords(text, false);
  if (!type) return null;
  const place = placeWithin(ctx, start, end);
  const name =
    ctx.language === "kk"
      ? `${textOf(ctx, words.slice(0, -1))} ${kazakhNominative(head.text)}`
      : russianNominative(text.replace(/\s+/g, " "));
  return {
    start,
    end,
    text,
    name,
    nameLatin: toKazakhLatin(name),
    type: type.type,
    typeConfidence: type.confidence,
    level: levelFromWords(text) ?? place.level,
    regionCode: place.regionCode,
    confidence: 0.7,
  };
}

/** How many of the adjectives just before the head are adjacent to it (no other word between). */
function trailingCount(ctx: PartnerContext, adjectives: readonly Piece[], head: Piece): number {
  let count = 0;
  let right = head;
  for (let i = adjectives.length - 1; i >= 0; i--) {
    const word = adjectives[i] as Piece;
    if (ctx.source.slice(word.end, right.start).trim() !== "") break;
    count++;
    right = word;
  }
  return count;
}
