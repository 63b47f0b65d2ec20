import { foldText } from "../../../shared/search/fold.ts";
import type { NeedTerm } from "./query-parser.ts";

export interface Segment {
  text: string;
  match: boolean;
}

/** Splits a display text into segments, marking the words that a query term matched (in any script). */
export function highlight(text: string, needs: NeedTerm[]): Segment[] {
  const words = new Set(needs.flatMap((need) => need.alternatives.flat()).filter((word) => word.length >= 3));
  if (words.size === 0) return [{ text, match: false }];
  const parts = text.split(/([\p{L}\p{N}]+)/u).filter((part) => part !== "");
  const isMatch = (part: string) => {
    const folded = foldText(part);
    return (
      folded.length >= 3 && [...words].some((word) => folded.startsWith(word) || word.startsWith(folded))
    );
  };
  const matches = parts.map(isMatch);
  const segments: Segment[] = [];
  for (const [index, part] of parts.entries()) {
    // Spaces between two matched words belong to the mark: "speech therapy" is one highlight.
    const match = matches[index] || (/^\s+$/u.test(part) && !!matches[index - 1] && !!matches[index + 1]);
    const last = segments.at(-1);
    if (last && last.match === match) last.text += part;
    else segments.push({ text: part, match });
  }
  return segments;
}
