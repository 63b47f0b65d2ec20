import type { TExtractionProposal, TSpan } from "../../../../shared/contracts/extraction.ts";
import { eventItemKey } from "./review-state.ts";

export type HighlightKind =
  | "branch"
  | "partner"
  | "place"
  | "region"
  | "date"
  | "partial"
  | "quote"
  | "topic";

/** One extracted item's place in the text. `group` is the event's index, -1 for what the whole text says. */
export interface Highlight extends TSpan {
  key: string;
  group: number;
  kind: HighlightKind;
}

/** A run of the text with the innermost item that covers it, if any. */
export interface Segment {
  start: number;
  end: number;
  highlight: Highlight | null;
}

/** Every item of the proposal with a span, keyed as the review keys its items (see review-state.ts). */
export function highlightsOf(proposal: TExtractionProposal): Highlight[] {
  const list: Highlight[] = [];
  const add = (key: string, group: number, kind: HighlightKind, span: TSpan | null | undefined) => {
    if (span && span.end > span.start) list.push({ key, group, kind, start: span.start, end: span.end });
  };
  const addAll = (prefix: string, group: number, kind: HighlightKind, items: readonly { span: TSpan }[]) => {
    for (const [index, item] of items.entries()) add(`${prefix}:${index}`, group, kind, item.span);
  };
  for (const [group, event] of proposal.events.entries()) {
    const key = (item: string) => eventItemKey(event.id, item);
    add(key("branch"), group, "branch", event.branch?.span);
    add(key("region"), group, "region", event.region?.span);
    add(key("place"), group, "place", event.place?.span);
    add(key("date"), group, "date", event.date?.span);
    add(key("partial"), group, "partial", event.partialList?.span);
    addAll(key("partner"), group, "partner", event.partners);
    addAll(key("quote"), group, "quote", event.quotes);
    addAll(key("target"), group, "topic", event.targetGroups);
    addAll(key("scope"), group, "topic", event.scopeAreas);
  }
  addAll("text:quote", -1, "quote", proposal.quotes);
  addAll("text:target", -1, "topic", proposal.targetGroups);
  addAll("text:scope", -1, "topic", proposal.scopeAreas);
  return list;
}

/**
 * Cuts the text at every span's edges; each run gets the shortest span covering it, so an item inside a
 * longer one (a place inside a quote) stays visible. Adjacent runs of the same item are joined.
 */
export function segmentText(length: number, highlights: readonly Highlight[]): Segment[] {
  const clamp = (value: number) => Math.max(0, Math.min(length, value));
  const edges = [...new Set([0, length, ...highlights.flatMap((h) => [clamp(h.start), clamp(h.end)])])].sort(
    (a, b) => a - b,
  );
  const segments: Segment[] = [];
  for (let index = 0; index < edges.length - 1; index++) {
    const start = edges[index] as number;
    const end = edges[index + 1] as number;
    if (end <= start) continue;
    let innermost: Highlight | null = null;
    for (const highlight of highlights) {
      if (highlight.start > start || highlight.end < end) continue;
      if (!innermost || highlight.end - highlight.start < innermost.end - innermost.start)
        innermost = highlight;
    }
    const previous = segments.at(-1);
    if (previous && previous.highlight === innermost) previous.end = end;
    else segments.push({ start, end, highlight: innermost });
  }
  return segments;
}
