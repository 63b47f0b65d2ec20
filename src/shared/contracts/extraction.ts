import { z } from "zod";
import { ZLocalizedText } from "../localized-text.ts";
import {
  BRANCH_KINDS,
  ORGANIZATION_LEVELS,
  ORGANIZATION_TYPES,
  SCOPE_AREAS,
  TARGET_GROUPS,
} from "../vocabulary.ts";
import { ZIsoDate, ZRegionCode } from "./common.ts";

/** Press-release texts longer than this are refused (a release is a page or two). */
export const MAX_EXTRACTION_TEXT = 50_000;

export const EXTRACTION_LANGUAGES = ["kk", "ru"] as const;

/** Where in the submitted text an item came from: UTF-16 offsets, `end` exclusive (`text.slice(start, end)`). */
export const ZSpan = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
export type TSpan = z.infer<typeof ZSpan>;

/** 0 = a guess, 1 = certain. */
const ZConfidence = z.number().min(0).max(1);

const located = { span: ZSpan, confidence: ZConfidence };

/** An existing record the extracted item is taken to be, found by cross-script folding of its name. */
export const ZExtractionMatch = z.object({
  id: z.uuid(),
  name: z.record(z.string(), z.string()),
  score: ZConfidence,
});
export type TExtractionMatch = z.infer<typeof ZExtractionMatch>;

export const ZExtractedBranch = z.object({
  ...located,
  /** The words of the text, e.g. «Шымкент қалалық филиалы». */
  text: z.string(),
  kind: z.enum(BRANCH_KINDS),
  /** A name to give a new branch, in the text's language. */
  name: z.string(),
  regionCode: ZRegionCode.nullable(),
  match: ZExtractionMatch.nullable(),
});

export const ZExtractedPlace = z.object({
  ...located,
  text: z.string(),
  /** The place in the nominative, e.g. «Қонаев» for «Қонаев қаласында». */
  name: z.string(),
  regionCode: ZRegionCode,
  kind: z.enum(["region", "city", "town"]),
});

export const ZExtractedPartner = z.object({
  ...located,
  /** The whole mention, e.g. «Ана махаббаты» қоғамдық қоры. */
  text: z.string(),
  /** The proper name without the type words: «Ана махаббаты»; a descriptive name stays whole. */
  name: z.string(),
  /** The name in Kazakh Latin (2021), e.g. «Ana Mahabbaty». */
  nameLatin: z.string(),
  type: z.enum(ORGANIZATION_TYPES),
  typeConfidence: ZConfidence,
  level: z.enum(ORGANIZATION_LEVELS).nullable(),
  regionCode: ZRegionCode.nullable(),
  match: ZExtractionMatch.nullable(),
});

export const ZExtractedValue = <T extends z.ZodType>(value: T) => z.object({ ...located, value });

export const ZExtractedQuote = z.object({ ...located, text: z.string() });

export const ZSigningEvent = z.object({
  /** Stable within one proposal: `e1`, `e2`, … in text order. */
  id: z.string(),
  ...located,
  branch: ZExtractedBranch.nullable(),
  region: ZExtractedValue(ZRegionCode).nullable(),
  place: ZExtractedPlace.nullable(),
  partners: z.array(ZExtractedPartner),
  /** «және басқалар», «и другие»: the text names only some of the partners. */
  partialList: z.object({ ...located, text: z.string() }).nullable(),
  targetGroups: z.array(ZExtractedValue(z.enum(TARGET_GROUPS))),
  scopeAreas: z.array(ZExtractedValue(z.enum(SCOPE_AREAS))),
  date: ZExtractedValue(ZIsoDate).nullable(),
  quotes: z.array(ZExtractedQuote),
});
export type TSigningEvent = z.infer<typeof ZSigningEvent>;

export const ZExtractionProposal = z.object({
  language: z.enum(EXTRACTION_LANGUAGES),
  languageConfidence: ZConfidence,
  /** The text the spans point into (line endings normalized to \n, NFC, no byte-order mark), so the client highlights exactly what was read. */
  text: z.string(),
  events: z.array(ZSigningEvent),
  /** Quotes not tied to one event, e.g. a closing statement about all signings. */
  quotes: z.array(ZExtractedQuote),
  /** Target groups and scope areas that the whole text states, not one event. */
  targetGroups: z.array(ZExtractedValue(z.enum(TARGET_GROUPS))),
  scopeAreas: z.array(ZExtractedValue(z.enum(SCOPE_AREAS))),
});
export type TExtractionProposal = z.infer<typeof ZExtractionProposal>;

export const ZExtractionRequest = z
  .object({
    text: z.string().trim().min(1).max(MAX_EXTRACTION_TEXT),
    /** Overrides the detected language. */
    language: z.enum(EXTRACTION_LANGUAGES).optional(),
  })
  .strict();
export type TExtractionRequest = z.infer<typeof ZExtractionRequest>;

/** What a person confirmed: for each signing event, a draft memorandum with existing or new parties. */
const ZConfirmedBranch = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("existing"), id: z.uuid() }).strict(),
  z
    .object({
      kind: z.literal("new"),
      name: ZLocalizedText(300),
      branchKind: z.enum(BRANCH_KINDS),
      regionCode: ZRegionCode,
      parentId: z.uuid().nullable().default(null),
    })
    .strict(),
]);

const ZConfirmedPartner = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("existing"), id: z.uuid() }).strict(),
  z
    .object({
      kind: z.literal("new"),
      name: ZLocalizedText(300),
      type: z.enum(ORGANIZATION_TYPES),
      level: z.enum(ORGANIZATION_LEVELS),
      regionsServed: z.array(ZRegionCode).max(20).default([]),
      targetGroups: z.array(z.enum(TARGET_GROUPS)).max(TARGET_GROUPS.length).default([]),
    })
    .strict(),
]);

/** An existing branch or organization named twice in one memorandum (a new one is created each time). */
function refineDistinctExisting(
  items: readonly ({ kind: "existing"; id: string } | { kind: "new" })[],
  ctx: z.RefinementCtx,
) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (item.kind !== "existing") return;
    if (seen.has(item.id)) {
      ctx.addIssue({ code: "custom", path: [index, "id"], message: "validation.duplicate_party" });
    }
    seen.add(item.id);
  });
}

export const ZConfirmedMemorandum = z
  .object({
    title: ZLocalizedText(500),
    branches: z.array(ZConfirmedBranch).min(1).max(20).superRefine(refineDistinctExisting),
    partners: z.array(ZConfirmedPartner).min(1).max(50).superRefine(refineDistinctExisting),
    scopeAreas: z.array(z.enum(SCOPE_AREAS)).max(SCOPE_AREAS.length).default([]),
    signedDate: ZIsoDate.nullable().default(null),
    signedPlace: ZLocalizedText(300).nullable().default(null),
  })
  .strict();
export type TConfirmedMemorandum = z.input<typeof ZConfirmedMemorandum>;
export type TConfirmedBranch = z.input<typeof ZConfirmedBranch>;
export type TConfirmedPartner = z.input<typeof ZConfirmedPartner>;

export const ZExtractionConfirm = z
  .object({ memoranda: z.array(ZConfirmedMemorandum).min(1).max(50) })
  .strict();
export type TExtractionConfirm = z.input<typeof ZExtractionConfirm>;

export const ZExtractionConfirmResult = z.object({
  memorandumIds: z.array(z.uuid()),
  createdOrganizationIds: z.array(z.uuid()),
  createdBranchIds: z.array(z.uuid()),
});
export type TExtractionConfirmResult = z.infer<typeof ZExtractionConfirmResult>;
