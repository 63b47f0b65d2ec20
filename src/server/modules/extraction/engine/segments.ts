import { findDashSpeech } from "./quotes.ts";
import { CONTINUES_EVENT, findSigning } from "./signals.ts";
import type { Paragraph, Piece } from "./text-segments.ts";

/** The text of one signing: the sentences that tell it, and the words that say it was signed. */
export interface EventSegment {
  ranges: Piece[];
  signing: Piece;
  paragraphs: Set<number>;
}

/** A sentence that names its own signatories starts a new signing; otherwise it tells more of the last one. */
const NAMES_PARTIES = /филиал|жанындағы|[«"“„]|(?<!\p{L})(ОФ|ОО|ТОО|КГУ|ГККП)(?!\p{L})/u;

/** «Құжаттарда …», «Документы …»: a sentence about all the signings told before it in its paragraph. */
const ABOUT_ALL =
  /^(Құжаттар|Меморандумдар|Келісімдер|Екі\s+құжат|Документы|В\s+документах|Меморандумы|Соглашения|Оба\s+документа)/u;

/**
 * Splits the release into signings. Each sentence that reports a finished signing starts one (when it names
 * who signed); other sentences of its paragraph belong to it, and so do the following paragraphs that go on
 * about it («Стороны …», «Құжат …», bullet lines). A headline never starts one: the body tells it again.
 */
export function segmentEvents(source: string, paragraphs: readonly Paragraph[]): EventSegment[] {
  const segments: EventSegment[] = [];
  let continuing = false;
  paragraphs.forEach((paragraph, index) => {
    if (paragraph.isTitle) return;
    const signings = paragraph.sentences.map((sentence) => findSigning(sentence));
    const last = segments.at(-1);
    if (signings.every((signing) => signing === null)) {
      continuing =
        continuing &&
        last !== undefined &&
        CONTINUES_EVENT.test(paragraph.text) &&
        !findDashSpeech(source, paragraph);
      if (continuing && last) {
        last.ranges.push(paragraph);
        last.paragraphs.add(index);
      }
      return;
    }
    let current: EventSegment | null = null;
    const pending: Piece[] = [];
    const ofParagraph: EventSegment[] = [];
    paragraph.sentences.forEach((sentence, i) => {
      const signing = signings[i];
      if (signing && (!current || NAMES_PARTIES.test(sentence.text))) {
        current = { ranges: [...pending, sentence], signing, paragraphs: new Set([index]) };
        segments.push(current);
        ofParagraph.push(current);
        pending.length = 0;
      } else if (current && ofParagraph.length > 1 && ABOUT_ALL.test(sentence.text)) {
        for (const segment of ofParagraph) segment.ranges.push(sentence);
      } else if (current) {
        current.ranges.push(sentence);
      } else {
        pending.push(sentence);
      }
    });
    continuing = true;
  });
  return segments;
}
