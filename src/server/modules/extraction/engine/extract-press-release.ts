import type { TExtractionProposal, TSigningEvent } from "../../../../shared/contracts/extraction.ts";
import { buildEvent, located } from "./build-event.ts";
import { findDates } from "./dates.ts";
import { detectLanguage, type ExtractionLanguage } from "./language.ts";
import { findDashSpeech, findQuoted, isSpeech } from "./quotes.ts";
import { segmentEvents } from "./segments.ts";
import { normalizeText, type Piece, paragraphsOf } from "./text-segments.ts";
import { findScopeAreas, findTargetGroups } from "./topics.ts";

export interface ExtractOptions {
  /** Overrides the detected language. */
  language?: ExtractionLanguage;
}

/**
 * Reads a Kazakh or Russian press release and proposes the signings it reports. Pure and deterministic:
 * gazetteer and word patterns only, no database, no network. Every item carries the span of the normalized
 * text it came from (`proposal.text.slice(start, end)`) and a confidence from a fixed rule.
 */
export function extractPressRelease(raw: string, options: ExtractOptions = {}): TExtractionProposal {
  const text = normalizeText(raw);
  const detected = detectLanguage(text);
  const language = options.language ?? detected.language;
  const paragraphs = paragraphsOf(text);
  const dates = findDates(text);
  const events: TSigningEvent[] = [];
  const used = new Set<number>();
  let previousParagraphs = new Set<number>();
  for (const segment of segmentEvents(text, paragraphs)) {
    const sameParagraph = [...segment.paragraphs].some((index) => previousParagraphs.has(index));
    const event = buildEvent({
      source: text,
      language,
      segment,
      id: `e${events.length + 1}`,
      dates,
      previousDate: events.at(-1)?.date ?? null,
      previousRegion: sameParagraph ? (events.at(-1)?.region ?? null) : null,
    });
    if (!event) continue;
    events.push(event);
    previousParagraphs = segment.paragraphs;
    for (const index of segment.paragraphs) used.add(index);
  }
  // What the rest of the release says belongs to the whole release.
  const rest: Piece[] = paragraphs.filter((p, index) => !p.isTitle && !used.has(index));
  const quotes = rest.flatMap((paragraph) => {
    const dashSpeech = findDashSpeech(text, paragraph);
    if (dashSpeech) return [{ ...located(dashSpeech, 0.8), text: dashSpeech.text }];
    return findQuoted(text, paragraph)
      .filter((quoted) => isSpeech(text, quoted))
      .map((quoted) => ({ ...located(quoted.inner, 0.85), text: quoted.inner.text }));
  });
  return {
    language,
    languageConfidence: options.language ? 1 : detected.confidence,
    text,
    events,
    quotes,
    targetGroups: findTargetGroups(rest).map((t) => ({ ...located(t, t.confidence), value: t.value })),
    scopeAreas: findScopeAreas(rest).map((s) => ({ ...located(s, s.confidence), value: s.value })),
  };
}
