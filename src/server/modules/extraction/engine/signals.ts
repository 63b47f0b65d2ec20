import type { Piece } from "./text-segments.ts";

const W = "(?<![\\p{L}\\p{N}])";
const rx = (source: string) => new RegExp(source, "giu");
const GAP = "(?:\\s+[^\\s.!?]+){0,4}?";

/**
 * A finished signing, in the past tense: «меморандумға қол қойды», «келісімге келді», «подписали
 * меморандум», «заключил соглашение». Plans and habits («қол қою жоспарлануда», «подписывают»,
 * «планируется подписать») are not signings.
 */
const SIGNING_PATTERNS = [
  rx(
    `${W}(меморандум|келісім)\\p{L}*${GAP}\\s+(қол\\s+(қойды|қойысты|қойылды|жеткізді|жеткізілді)|жасасты|жасалды|келді|келісті)(?!\\p{L})`,
  ),
  rx(
    `${W}(подписал|подписали|подписала|заключил|заключили|заключила|достигли)${GAP}\\s+(меморандум|соглашени|договор|договорённост|договоренност)\\p{L}*`,
  ),
  rx(
    `${W}(меморандум|соглашение|договор)\\p{L}*${GAP}\\s+(был|была|было|были)?\\s*(подписан(?!и)|заключ[её]н(?!и))\\p{L}*`,
  ),
  rx(`${W}(подписан(?!и)|заключ[её]н(?!и))\\p{L}*${GAP}\\s+(меморандум|соглашени)\\p{L}*`),
  rx(
    `${W}(меморандум|соглашени|договор)\\p{L}*${GAP}\\s+(подписал|подписали|подписала|заключил|заключили|заключила)(?!\\p{L})`,
  ),
];

/** The words of a signing phrase that say "signed" (not the names that may sit between them). */
export const SIGNING_WORD =
  /^(меморандум|келісім|соглашени|договор|подписа|заключ|қол$|қойды|қойылды|қойысты|жасасты|жасалды|келді|келісті|жеткізді|жеткізілді|достигли|был[аио]?$)/iu;

export function findSigning(sentence: Piece): Piece | null {
  let best: Piece | null = null;
  for (const pattern of SIGNING_PATTERNS) {
    for (const match of sentence.text.matchAll(pattern)) {
      const start = sentence.start + (match.index ?? 0);
      if (!best || start < best.start) best = { start, end: start + match[0].length, text: match[0] };
    }
  }
  return best;
}

/** «және басқалар», «және т.б.», «өзге де ұйымдар», «и другие», «и др.»: only some partners are named. */
const PARTIAL_LIST = rx(
  `${W}(және\\s+(т\\.\\s?б\\.?|басқалар\\p{L}*|басқа\\s+да|өзге\\s+де)|өзге\\s+де\\s+ұйым\\p{L}*|басқа\\s+да\\s+ұйым\\p{L}*|т\\.\\s?б\\.|и\\s+(др\\.|други\\p{L}*|т\\.\\s?д\\.|т\\.\\s?п\\.)|а\\s+также\\s+други\\p{L}*|ряд\\s+други\\p{L}*)`,
);

export function findPartialList(ranges: readonly Piece[]): (Piece & { confidence: number }) | null {
  for (const range of ranges) {
    const match = PARTIAL_LIST.exec(range.text);
    PARTIAL_LIST.lastIndex = 0;
    if (match) {
      const start = range.start + match.index;
      return { start, end: start + match[0].length, text: match[0], confidence: 0.9 };
    }
  }
  return null;
}

/** A paragraph that goes on about the signing just described: «Стороны …», «Құжат …», a bullet line. */
export const CONTINUES_EVENT =
  /^([•*▪·]|[-–—]\s|\d+[).]\s|(Стороны|Тараптар|Документ|Құжат|Меморандум|Келісім|Соглашени|В\s+рамках|Согласно)\p{L}*)/u;
