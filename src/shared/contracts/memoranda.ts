import { z } from "zod";
import { ZLocalizedText, ZOptionalLocalizedText } from "../localized-text.ts";
import {
  COMMITMENT_STATUSES,
  LIFECYCLE_STATUSES,
  MEMORANDUM_RELATIONS,
  PARTY_KINDS,
  REVIEW_STATES,
  SCOPE_AREAS,
  STORED_LIFECYCLE_STATUSES,
} from "../vocabulary.ts";
import { csvList, ZIsoDate, ZPageQuery, ZPermissions, ZRegionCode } from "./common.ts";

const ZVersion = z.number().int().min(1);
const ZSignatoryName = z.string().trim().min(1).max(200);
const ZSignatoryPosition = z.string().trim().min(1).max(300);

const signatory = {
  signatoryName: ZSignatoryName.nullable().default(null),
  signatoryPosition: ZSignatoryPosition.nullable().default(null),
};

export const ZPartyInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("branch"), branchId: z.uuid(), ...signatory }).strict(),
  z.object({ kind: z.literal("organization"), organizationId: z.uuid(), ...signatory }).strict(),
]);
export type TPartyInput = z.infer<typeof ZPartyInput>;

/** At least one branch and one partner organization, none listed twice. */
export const ZParties = z
  .array(ZPartyInput)
  .max(50)
  .superRefine((parties, ctx) => {
    if (!parties.some((p) => p.kind === "branch") || !parties.some((p) => p.kind === "organization")) {
      ctx.addIssue({ code: "custom", message: "validation.memorandum_parties_sides" });
    }
    const seen = new Set<string>();
    parties.forEach((party, index) => {
      const key = party.kind === "branch" ? party.branchId : party.organizationId;
      if (seen.has(key))
        ctx.addIssue({ code: "custom", path: [index], message: "validation.duplicate_party" });
      seen.add(key);
    });
  });

/** Without defaults, so that a partial update never fills omitted fields with them. */
const memorandumFields = {
  number: z.string().trim().min(1).max(60).nullable(),
  title: ZLocalizedText(500),
  description: ZOptionalLocalizedText(5000).nullable(),
  scopeAreas: z.array(z.enum(SCOPE_AREAS)).max(SCOPE_AREAS.length),
  parties: ZParties,
  signedDate: ZIsoDate.nullable(),
  signedPlace: ZOptionalLocalizedText(300).nullable(),
  startDate: ZIsoDate.nullable(),
  endDate: ZIsoDate.nullable(),
};

function refineTerm(value: { startDate?: string | null; endDate?: string | null }, ctx: z.RefinementCtx) {
  if (value.startDate && value.endDate && value.endDate < value.startDate) {
    ctx.addIssue({ code: "custom", path: ["endDate"], message: "validation.end_before_start" });
  }
}

export const ZMemorandumCreate = z
  .object({
    ...memorandumFields,
    number: memorandumFields.number.default(null),
    description: memorandumFields.description.default(null),
    scopeAreas: memorandumFields.scopeAreas.default([]),
    signedDate: memorandumFields.signedDate.default(null),
    signedPlace: memorandumFields.signedPlace.default(null),
    startDate: memorandumFields.startDate.default(null),
    endDate: memorandumFields.endDate.default(null),
  })
  .strict()
  .superRefine(refineTerm);
export type TMemorandumCreate = z.input<typeof ZMemorandumCreate>;

/** `parties`, when sent, replaces the whole list; parties kept by branch/organization keep their commitments. */
export const ZMemorandumUpdate = z
  .object(memorandumFields)
  .partial()
  .extend({ version: ZVersion })
  .strict()
  .superRefine(refineTerm);
export type TMemorandumUpdate = z.infer<typeof ZMemorandumUpdate>;

/** An amendment starts from its parent: parties, scope and end date are copied unless sent. */
export const ZMemorandumAmendmentCreate = z
  .object(memorandumFields)
  .omit({ signedDate: true, signedPlace: true })
  .partial()
  .extend({ title: ZLocalizedText(500) })
  .strict()
  .superRefine(refineTerm);
export type TMemorandumAmendmentCreate = z.infer<typeof ZMemorandumAmendmentCreate>;

export const ZMemorandumRenewalCreate = z
  .object({ startDate: ZIsoDate, endDate: ZIsoDate.nullable().default(null) })
  .strict()
  .superRefine(refineTerm);
export type TMemorandumRenewalCreate = z.infer<typeof ZMemorandumRenewalCreate>;

export const ZMemorandumTransition = z
  .object({
    to: z.enum(REVIEW_STATES),
    version: ZVersion,
    signedDate: ZIsoDate.optional(),
    signedPlace: ZLocalizedText(300).optional(),
    signatories: z
      .array(
        z
          .object({
            partyId: z.uuid(),
            signatoryName: ZSignatoryName,
            signatoryPosition: ZSignatoryPosition.optional(),
          })
          .strict(),
      )
      .max(50)
      .optional(),
  })
  .strict();
export type TMemorandumTransition = z.infer<typeof ZMemorandumTransition>;

export const ZMemorandumTermination = z
  .object({ reason: z.string().trim().min(1).max(2000), version: ZVersion })
  .strict();
export type TMemorandumTermination = z.infer<typeof ZMemorandumTermination>;

const ZText = z.record(z.string(), z.string());

export const ZMemorandumParty = z.object({
  id: z.string(),
  kind: z.enum(PARTY_KINDS),
  branchId: z.string().nullable(),
  organizationId: z.string().nullable(),
  name: ZText,
  /** The branch's region; null for organizations. */
  regionCode: z.string().nullable(),
  signatoryName: z.string().nullable(),
  signatoryPosition: z.string().nullable(),
});
export type TMemorandumParty = z.infer<typeof ZMemorandumParty>;

export const ZMemorandumPermissions = ZPermissions.extend({
  transitions: z.array(z.enum(REVIEW_STATES)),
  terminate: z.boolean(),
  renew: z.boolean(),
  amend: z.boolean(),
  manageCommitments: z.boolean(),
});
export type TMemorandumPermissions = z.infer<typeof ZMemorandumPermissions>;

/** A linked memorandum (parent, amendment, renewal) in a few fields. */
export const ZMemorandumRef = z.object({
  id: z.string(),
  number: z.string().nullable(),
  title: ZText,
  relation: z.enum(MEMORANDUM_RELATIONS).nullable(),
  reviewState: z.enum(REVIEW_STATES),
  lifecycle: z.enum(LIFECYCLE_STATUSES).nullable(),
  signedDate: z.string().nullable(),
});
export type TMemorandumRef = z.infer<typeof ZMemorandumRef>;

export const ZMemorandumSummary = z.object({
  id: z.string(),
  number: z.string().nullable(),
  title: ZText,
  scopeAreas: z.array(z.enum(SCOPE_AREAS)),
  reviewState: z.enum(REVIEW_STATES),
  /** Null until signed; computed from the stored status and the term. */
  lifecycle: z.enum(LIFECYCLE_STATUSES).nullable(),
  signedDate: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  parentId: z.string().nullable(),
  relation: z.enum(MEMORANDUM_RELATIONS).nullable(),
  parties: z.array(ZMemorandumParty),
  version: z.number().int(),
  updatedAt: z.string(),
  permissions: ZMemorandumPermissions,
});
export type TMemorandumSummary = z.infer<typeof ZMemorandumSummary>;

export const ZCommitmentPermissions = ZPermissions.extend({
  /** Status and evidence only: what a partner may report for its own party. */
  updateProgress: z.boolean(),
});

export const ZCommitment = z.object({
  id: z.string(),
  memorandumId: z.string(),
  partyId: z.string(),
  text: ZText,
  dueDate: z.string().nullable(),
  status: z.enum(COMMITMENT_STATUSES),
  evidence: z.string().nullable(),
  /** Due date passed and neither done nor cancelled. */
  overdue: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  permissions: ZCommitmentPermissions,
});
export type TCommitment = z.infer<typeof ZCommitment>;

export const ZMemorandum = ZMemorandumSummary.extend({
  description: ZText.nullable(),
  signedPlace: ZText.nullable(),
  lifecycleStatus: z.enum(STORED_LIFECYCLE_STATUSES),
  terminationReason: z.string().nullable(),
  terminatedAt: z.string().nullable(),
  parent: ZMemorandumRef.nullable(),
  amendments: z.array(ZMemorandumRef),
  renewals: z.array(ZMemorandumRef),
  commitments: z.array(ZCommitment),
  createdAt: z.string(),
});
export type TMemorandum = z.infer<typeof ZMemorandum>;

export const MEMORANDUM_SORTS = [
  "title",
  "-title",
  "signedDate",
  "-signedDate",
  "endDate",
  "-endDate",
  "createdAt",
  "-createdAt",
] as const;

export const ZMemorandumListQuery = ZPageQuery.extend({
  region: csvList(ZRegionCode),
  reviewState: csvList(z.enum(REVIEW_STATES)),
  lifecycle: csvList(z.enum(LIFECYCLE_STATUSES)),
  organization: z.uuid().optional(),
  branch: z.uuid().optional(),
  scope: csvList(z.enum(SCOPE_AREAS)),
  q: z.string().trim().max(200).optional(),
  signedFrom: ZIsoDate.optional(),
  signedTo: ZIsoDate.optional(),
  /**
   * In force on some day from `activeFrom` to `activeTo` (as the coverage matrix counts active memoranda
   * of a period): started by `activeTo`, neither ended nor terminated before `activeFrom`.
   */
  activeFrom: ZIsoDate.optional(),
  activeTo: ZIsoDate.optional(),
  sort: z.enum(MEMORANDUM_SORTS).default("-createdAt"),
});
export type TMemorandumListQuery = z.infer<typeof ZMemorandumListQuery>;

const commitmentFields = {
  partyId: z.uuid(),
  text: ZLocalizedText(2000),
  dueDate: ZIsoDate.nullable(),
  status: z.enum(COMMITMENT_STATUSES),
  evidence: z.string().trim().min(1).max(2000).nullable(),
};

export const ZCommitmentCreate = z
  .object({
    ...commitmentFields,
    dueDate: commitmentFields.dueDate.default(null),
    status: commitmentFields.status.default("planned"),
    evidence: commitmentFields.evidence.default(null),
  })
  .strict();
export type TCommitmentCreate = z.input<typeof ZCommitmentCreate>;

export const ZCommitmentUpdate = z.object(commitmentFields).partial().extend({ version: ZVersion }).strict();
export type TCommitmentUpdate = z.infer<typeof ZCommitmentUpdate>;
