import type {
  TCommitment,
  TMemorandum,
  TMemorandumParty,
  TMemorandumRef,
  TMemorandumSummary,
} from "../../../shared/contracts/memoranda.ts";
import type { Principal } from "../../http/principal.ts";
import type { CommitmentRow } from "./commitments.repository.ts";
import { commitmentPermissions, memorandumPermissions } from "./memoranda.policy.ts";
import type { MemorandumRow } from "./memoranda.repository.ts";
import type { PartyRow } from "./memorandum-parties.repository.ts";
import { scopeOf } from "./memorandum-parties.repository.ts";

type Text = Record<string, string>;

export function presentParty(party: PartyRow): TMemorandumParty {
  return {
    id: party.id,
    kind: party.kind,
    branchId: party.branchId,
    organizationId: party.organizationId,
    name: party.name as Text,
    regionCode: party.regionCode,
    signatoryName: party.signatoryName,
    signatoryPosition: party.signatoryPosition,
  };
}

export function presentRef(row: MemorandumRow): TMemorandumRef {
  return {
    id: row.id,
    number: row.number,
    title: row.title as Text,
    relation: row.relation,
    reviewState: row.reviewState,
    lifecycle: row.lifecycle,
    signedDate: row.signedDate,
  };
}

export function presentSummary(
  row: MemorandumRow,
  parties: readonly PartyRow[],
  principal: Principal,
): TMemorandumSummary {
  return {
    id: row.id,
    number: row.number,
    title: row.title as Text,
    scopeAreas: row.scopeAreas,
    reviewState: row.reviewState,
    lifecycle: row.lifecycle,
    signedDate: row.signedDate,
    startDate: row.startDate,
    endDate: row.endDate,
    parentId: row.parentId,
    relation: row.relation,
    parties: parties.map(presentParty),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    permissions: memorandumPermissions(principal, row, scopeOf(parties)),
  };
}

export function presentCommitment(
  row: CommitmentRow,
  parties: readonly PartyRow[],
  principal: Principal,
): TCommitment {
  const party = parties.find((p) => p.id === row.partyId);
  return {
    id: row.id,
    memorandumId: row.memorandumId,
    partyId: row.partyId,
    text: row.text as Text,
    dueDate: row.dueDate,
    status: row.status,
    evidence: row.evidence,
    overdue: row.overdue,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    permissions: commitmentPermissions(principal, scopeOf(parties), party?.organizationId ?? null),
  };
}

export interface MemorandumDetail {
  row: MemorandumRow;
  parties: readonly PartyRow[];
  commitments: readonly CommitmentRow[];
  parent: MemorandumRow | undefined;
  children: readonly MemorandumRow[];
}

export function presentMemorandum(detail: MemorandumDetail, principal: Principal): TMemorandum {
  const { row, parties } = detail;
  return {
    ...presentSummary(row, parties, principal),
    description: (row.description as Text | null) ?? null,
    signedPlace: (row.signedPlace as Text | null) ?? null,
    lifecycleStatus: row.lifecycleStatus,
    terminationReason: row.terminationReason,
    terminatedAt: row.terminatedAt?.toISOString() ?? null,
    parent: detail.parent ? presentRef(detail.parent) : null,
    amendments: detail.children.filter((child) => child.relation === "amendment").map(presentRef),
    renewals: detail.children.filter((child) => child.relation === "renewal").map(presentRef),
    commitments: detail.commitments.map((commitment) => presentCommitment(commitment, parties, principal)),
    createdAt: row.createdAt.toISOString(),
  };
}
