import type { TSigningEvent } from "../../../../shared/contracts/extraction.ts";
import { REGION_SEEDS } from "../../regions/regions.data.ts";
import { type BranchFinding, findBranch } from "./branches.ts";
import { type FoundDate, SAME_DAY } from "./dates.ts";
import type { ExtractionLanguage } from "./language.ts";
import { findPartners, type PartnerFinding } from "./partners.ts";
import { findPlaces, type PlaceMention } from "./places.ts";
import { findQuoted, isSpeech } from "./quotes.ts";
import type { EventSegment } from "./segments.ts";
import { findPartialList, findSigning, SIGNING_WORD } from "./signals.ts";
import { insideAny, overlapsAny, type Piece, wordsOf } from "./text-segments.ts";
import { findScopeAreas, findTargetGroups } from "./topics.ts";

export const located = (piece: { start: number; end: number }, confidence: number) => ({
  span: { start: piece.start, end: piece.end },
  confidence,
});

export interface EventInput {
  source: string;
  language: ExtractionLanguage;
  segment: EventSegment;
  id: string;
  dates: readonly FoundDate[];
  previousDate: TSigningEvent["date"];
  /** The region of the signing told just before in the same paragraph («Сондай-ақ филиал …» refers back to it). */
  previousRegion: TSigningEvent["region"];
}

/** One signing event from its segment, or null when the text names neither a branch nor a partner. */
export function buildEvent(input: EventInput): TSigningEvent | null {
  const { source, language, segment } = input;
  const { ranges } = segment;
  const words = ranges.flatMap((range) => wordsOf(source, range.start, range.end));
  const quoted = ranges.flatMap((range) => findQuoted(source, range));
  const insideQuotes = quoted.map((q) => q.outer);
  const places = findPlaces(source, words, language).filter(
    (p) => !overlapsAny(insideQuotes, p.start, p.end),
  );
  const branch = findBranch(source, language, ranges, words, quoted, places);
  const signingWords = ranges
    .map((range) => findSigning(range))
    .filter((s): s is Piece => s !== null)
    .flatMap((signing) =>
      wordsOf(source, signing.start, signing.end).filter((w) => SIGNING_WORD.test(w.text)),
    );
  const blocked = [...signingWords, ...(branch ? [branch] : [])];
  const partners = findPartners({ source, language, words, quoted, places, blocked });
  if (!branch && partners.length === 0) return null;

  const partnerSpans: Piece[] = partners;
  const own = places.filter((p) => !insideAny(partnerSpans, p.start, p.end) && !p.attributive);
  const branchPlace = branch
    ? (own.find((p) => p.start >= branch.start && p.end <= branch.end) ?? null)
    : null;
  const place = own.find((p) => p.locative) ?? null;
  const region = eventRegion(branchPlace, own, place, partners) ?? inherited(input.previousRegion);
  const start = Math.min(...ranges.map((r) => r.start));
  const end = Math.max(...ranges.map((r) => r.end));
  const scopeAreas = findScopeAreas(ranges, [...partnerSpans, ...(branch ? [branch] : [])]);
  const sportPartner = partners.find((p) => p.type === "sport_federation");
  if (sportPartner && !scopeAreas.some((s) => s.value === "adaptive_sport")) {
    // A sport federation signs for adaptive sport even when the text does not say so.
    scopeAreas.push({
      start: sportPartner.start,
      end: sportPartner.end,
      value: "adaptive_sport",
      confidence: 0.6,
    });
  }
  const consumed = [...partnerSpans, ...(branch ? [branch] : [])];
  const quotes = quoted.filter(
    (q) => !overlapsAny(consumed, q.outer.start, q.outer.end) && isSpeech(source, q),
  );
  const partialList = findPartialList(ranges);
  return {
    id: input.id,
    ...located({ start, end }, Math.min(1, 0.5 + (branch ? 0.2 : 0) + (partners.length ? 0.2 : 0) + 0.1)),
    branch: branch ? presentBranch(branch, branchPlace, region, place, language) : null,
    region: region ? { ...located(region.piece, region.confidence), value: region.regionCode } : null,
    place: place
      ? {
          ...located(place, 0.85),
          text: place.text,
          name: place.name,
          regionCode: place.regionCode,
          kind: place.kind,
        }
      : null,
    partners: partners.map(presentPartner),
    partialList: partialList
      ? { ...located(partialList, partialList.confidence), text: partialList.text }
      : null,
    targetGroups: findTargetGroups(ranges).map((t) => ({
      ...located(t, t.confidence),
      value: t.value,
    })),
    scopeAreas: scopeAreas
      .sort((a, b) => a.start - b.start)
      .map((s) => ({ ...located(s, s.confidence), value: s.value })),
    date: eventDate(ranges, input.dates, input.previousDate),
    quotes: quotes.map((q) => ({ ...located(q.inner, 0.85), text: q.inner.text })),
  };
}

interface RegionFinding {
  piece: Piece;
  regionCode: string;
  confidence: number;
}

/** The branch's own place, else a region the text names, else the place of signing, else a partner's region. */
function eventRegion(
  branchPlace: PlaceMention | null,
  places: readonly PlaceMention[],
  place: PlaceMention | null,
  partners: readonly PartnerFinding[],
): RegionFinding | null {
  if (branchPlace) return { piece: branchPlace, regionCode: branchPlace.regionCode, confidence: 0.9 };
  const named = places.find((p) => p.kind === "region") ?? place ?? places[0];
  if (named)
    return { piece: named, regionCode: named.regionCode, confidence: named.kind === "region" ? 0.9 : 0.8 };
  const partner = partners.find((p) => p.regionCode);
  return partner?.regionCode ? { piece: partner, regionCode: partner.regionCode, confidence: 0.5 } : null;
}

function inherited(previous: TSigningEvent["region"]): RegionFinding | null {
  if (!previous) return null;
  const { start, end } = previous.span;
  return { piece: { start, end, text: "" }, regionCode: previous.value, confidence: 0.6 };
}

function presentBranch(
  branch: BranchFinding,
  branchPlace: PlaceMention | null,
  region: RegionFinding | null,
  place: PlaceMention | null,
  language: ExtractionLanguage,
): NonNullable<TSigningEvent["branch"]> {
  const regionCode = branchPlace?.regionCode ?? region?.regionCode ?? null;
  let name = branch.name;
  if (!branchPlace && regionCode && branch.kind !== "attached_body") {
    // «городской филиал» in Талдыкорган: the new branch's name says where it is.
    const where =
      branch.kind === "city" && place?.kind !== "region" && place?.regionCode === regionCode
        ? place.name
        : (REGION_SEEDS.find((r) => r.code === regionCode)?.name[language] ?? regionCode);
    name = `${name.charAt(0).toUpperCase()}${name.slice(1)} (${where})`;
  }
  return {
    ...located(branch, branch.confidence),
    text: branch.text,
    kind: branch.kind,
    name,
    regionCode,
    match: null,
  };
}

function presentPartner(partner: PartnerFinding): TSigningEvent["partners"][number] {
  return {
    ...located(partner, partner.confidence),
    text: partner.text,
    name: partner.name,
    nameLatin: partner.nameLatin,
    type: partner.type,
    typeConfidence: partner.typeConfidence,
    level: partner.level,
    regionCode: partner.regionCode,
    match: null,
  };
}

/** The first date told in the event's text, or «сол күні» / «в тот же день» for the previous event's date. */
function eventDate(
  ranges: readonly Piece[],
  dates: readonly FoundDate[],
  previous: TSigningEvent["date"],
): TSigningEvent["date"] {
  const own = dates.find((d) => insideAny(ranges, d.start, d.end));
  if (own) return { ...located(own, own.confidence), value: own.value };
  if (!previous) return null;
  for (const range of ranges) {
    const match = new RegExp(SAME_DAY.source, "iu").exec(range.text);
    if (match) {
      const start = range.start + match.index;
      return { ...located({ start, end: start + match[0].length }, 0.6), value: previous.value };
    }
  }
  return null;
}
