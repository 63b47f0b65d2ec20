import { Fragment, useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { type Highlight, segmentText } from "../lib/highlights.ts";

export interface HighlightedTextProps {
  text: string;
  highlights: readonly Highlight[];
  /** The item the person is looking at in the records: its span is outlined and scrolled into view. */
  activeKey: string | null;
  /** Items dropped from the review: still marked, but faded and struck through. */
  droppedKeys: ReadonlySet<string>;
  /** Two-letter code of the text's language, for screen readers and hyphenation. */
  lang: string;
}

/** Every event has its own colour and border style and a number at the start of its marks, so colour is not alone. */
const groupClass = (group: number) => (group < 0 ? "extract-mark--text" : `extract-mark--e${group % 6}`);

/** The press release as it was read, each extracted item in a <mark> tied to its record on the other side. */
export function HighlightedText({ text, highlights, activeKey, droppedKeys, lang }: HighlightedTextProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLElement>(null);
  const segments = useMemo(() => segmentText(text.length, highlights), [text, highlights]);
  useEffect(() => {
    if (!activeKey) return;
    const mark = container.current?.querySelector(`[data-key="${CSS.escape(activeKey)}"]`);
    // happy-dom has no layout and no scrollIntoView.
    if (mark && typeof mark.scrollIntoView === "function") mark.scrollIntoView({ block: "nearest" });
  }, [activeKey]);
  const label = t("app.extraction.review.text");
  return (
    <>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section ref={container} className="extract-text" tabIndex={0} aria-label={label} lang={lang}>
        {segments.map((segment) => {
          const words = text.slice(segment.start, segment.end);
          const highlight = segment.highlight;
          if (!highlight) return <Fragment key={segment.start}>{words}</Fragment>;
          const classes = [
            "extract-mark",
            groupClass(highlight.group),
            `extract-mark--${highlight.kind}`,
            highlight.key === activeKey ? "extract-mark--active" : "",
            droppedKeys.has(highlight.key) ? "extract-mark--dropped" : "",
          ];
          return (
            <mark key={segment.start} data-key={highlight.key} className={classes.filter(Boolean).join(" ")}>
              {segment.start === highlight.start && highlight.group >= 0 ? (
                <span className="extract-mark__tag" aria-hidden="true">
                  {highlight.group + 1}
                </span>
              ) : null}
              {words}
            </mark>
          );
        })}
      </section>
    </>
  );
}
