import type { BRANCH_KINDS } from "../../../../shared/vocabulary.ts";
import type { ExtractionLanguage } from "./language.ts";
import { kazakhNominative, russianNominative } from "./name-forms.ts";
import type { PlaceMention } from "./places.ts";
import type { Quoted } from "./quotes.ts";
import type { Piece } from "./text-segments.ts";

export type BranchKind = (typeof BRANCH_KINDS)[number];

export interface BranchFinding extends Piece {
  kind: BranchKind;
  /** A name for a new branch, nominative, without the region when the text did not name one. */
  name: string;
  /** The place named in the branch itself («Шымкент» қалалық филиалы), if any. */
  place: PlaceMention | null;
  confidence: number;
}

const CITY_LEVEL = /^(қалалық|аудандық|городск|районн|столичн|астаналық)/iu;
const REGION_LEVEL = /^(облыстық|областн)/iu;
const BRANCH_WORD = /^филиал/iu;
const ATTACHED_TO = /^(жанындағы|при)$/iu;
/** Bodies the party attaches to a branch, named without «жанындағы»: «Халық кеңесі», «Народный совет». */
const KNOWN_BODIES = /^(Халық\s+кеңесі|Народный\s+совет|Қоғамдық\s+кеңес\p{L}*|Общественный\s+совет)$/iu;
/** The same bodies without quotation marks: «Народный совет при областном филиале партии». */
const UNQUOTED_BODY =
  /(?<!\p{L})(Халық\s+кеңесі|Қоғамдық\s+кеңес|Народн\p{L}*\s+совет|Общественн\p{L}*\s+совет)\p{L}*(\s+при\s+(\p{L}+\s+){0,2}филиал\p{L}*(\s+партии)?)?/u;
const BODY_NAMES: ReadonlyArray<[RegExp, string]> = [
  [/^Народн/iu, "Народный совет"],
  [/^Общественн/iu, "Общественный совет"],
  [/^Халық/iu, "Халық кеңесі"],
  [/^Қоғамдық/iu, "Қоғамдық кеңес"],
];

/**
 * The branch that signed: an attached body («партия жанындағы «Халық кеңесі»») first, else the first
 * «<place> қалалық/облыстық филиалы» or «<place>ский городской/областной филиал» of the event's text.
 */
export function findBranch(
  source: string,
  language: ExtractionLanguage,
  ranges: readonly Piece[],
  words: readonly Piece[],
  quoted: readonly Quoted[],
  places: readonly PlaceMention[],
): BranchFinding | null {
  for (const q of quoted) {
    const before = words.filter((word) => word.end <= q.outer.start).at(-1);
    const attached =
      before && ATTACHED_TO.test(before.text) && source.slice(before.end, q.outer.start).trim() === "";
    if (!attached && !KNOWN_BODIES.test(q.inner.text.trim())) continue;
    const start = attached ? attachedStart(words, words.indexOf(before as Piece)) : q.outer.start;
    const end = q.outer.end;
    return {
      start,
      end,
      text: source.slice(start, end),
      kind: "attached_body",
      name: q.inner.text.trim(),
      place: null,
      confidence: 0.85,
    };
  }
  const body = unquotedBody(ranges);
  if (body) return body;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Piece;
    if (!BRANCH_WORD.test(word.text)) continue;
    const levelWord = words[i - 1];
    const level =
      levelWord &&
      (CITY_LEVEL.test(levelWord.text) ? "city" : REGION_LEVEL.test(levelWord.text) ? "regional" : null);
    const placeEnd = level ? (levelWord as Piece).start : word.start;
    const place =
      places.find(
        (p) =>
          !p.locative && !p.attributive && p.end <= placeEnd && source.slice(p.end, placeEnd).trim() === "",
      ) ?? null;
    if (!level && !place) continue;
    const start = place?.start ?? (levelWord as Piece).start;
    const kind: BranchKind = level ?? (place?.kind === "region" ? "regional" : "city");
    const text = source.slice(start, word.end);
    return {
      start,
      end: word.end,
      text,
      kind,
      name: language === "kk" ? kazakhBranchName(text) : russianNominative(text),
      place,
      confidence: place && level ? 0.9 : 0.7,
    };
  }
  return null;
}

function unquotedBody(ranges: readonly Piece[]): BranchFinding | null {
  for (const range of ranges) {
    const match = UNQUOTED_BODY.exec(range.text);
    if (!match) continue;
    const start = range.start + match.index;
    const name = BODY_NAMES.find(([pattern]) => pattern.test(match[0]))?.[1] ?? (match[1] as string);
    const text = match[0];
    return {
      start,
      end: start + text.length,
      text,
      kind: "attached_body",
      name,
      place: null,
      confidence: 0.8,
    };
  }
  return null;
}

/** «Маңғыстау облыстық филиалы жанындағы» / «партия жанындағы»: the owner words belong to the mention. */
function attachedStart(words: readonly Piece[], index: number): number {
  const owner = words[index - 1];
  if (owner && /^(парти|филиал)/iu.test(owner.text)) {
    const level = words[index - 2];
    const place = words[index - 3];
    if (level && /^(облыстық|қалалық|областн|городск)/iu.test(level.text)) {
      return place && /^\p{Lu}/u.test(place.text) ? place.start : level.start;
    }
    return owner.start;
  }
  return (words[index] as Piece).start;
}

function kazakhBranchName(text: string): string {
  const words = text.split(/\s+/);
  const last = kazakhNominative(words.pop() as string);
  return [...words, /ы$/u.test(last) ? last : `${last}ы`].join(" ");
}
