import type { TCommitment, TMemorandumPermissions } from "../../../shared/contracts/memoranda.ts";
import type { ReviewState } from "../../../shared/vocabulary.ts";
import type { Principal } from "../../http/principal.ts";
import { isEditable, nextReviewStates } from "./memorandum-lifecycle.ts";

/** Who is party to a memorandum, as far as the rules care. */
export interface PartyScope {
  branchRegions: readonly string[];
  organizationIds: readonly string[];
}

export interface BranchPartyRef {
  branchId: string;
  regionCode: string;
}

/** Admins write every memorandum; a coordinator those with a branch party in one of its regions. */
export function canWriteMemorandum(principal: Principal, scope: PartyScope): boolean {
  if (principal.kind !== "user") return false;
  if (principal.role === "admin") return true;
  return (
    principal.role === "coordinator" &&
    scope.branchRegions.some((code) => principal.regionCodes.includes(code))
  );
}

/**
 * Setting the branch parties (create, replace, amend): a coordinator must keep at least one branch of its
 * regions and may not add a branch of another region; branches of other regions already party may stay.
 */
export function canSetBranchParties(
  principal: Principal,
  next: readonly BranchPartyRef[],
  current: readonly BranchPartyRef[] = [],
): boolean {
  if (principal.kind !== "user") return false;
  if (principal.role === "admin") return true;
  if (principal.role !== "coordinator") return false;
  const own = (ref: BranchPartyRef) => principal.regionCodes.includes(ref.regionCode);
  const existing = new Set(current.map((ref) => ref.branchId));
  return next.some(own) && next.every((ref) => own(ref) || existing.has(ref.branchId));
}

export function isPartnerParty(principal: Principal, organizationId: string | null): boolean {
  return (
    principal.kind === "user" &&
    principal.role === "partner" &&
    principal.organizationId !== null &&
    principal.organizationId === organizationId
  );
}

/** Besides admins, the coordinator of a branch party's region and the partner of a party read the history. */
export function canReadMemorandumAudit(principal: Principal, scope: PartyScope): boolean {
  if (principal.kind !== "user") return false;
  if (principal.role === "coordinator") return canWriteMemorandum(principal, scope);
  return scope.organizationIds.some((id) => isPartnerParty(principal, id));
}

export function memorandumPermissions(
  principal: Principal,
  memorandum: { reviewState: ReviewState; lifecycleStatus: string },
  scope: PartyScope,
): TMemorandumPermissions {
  const write = canWriteMemorandum(principal, scope);
  const inForce = memorandum.reviewState === "signed" && memorandum.lifecycleStatus === "active";
  return {
    update: write && isEditable(memorandum.reviewState),
    delete: write && memorandum.reviewState === "draft",
    transitions: write ? [...nextReviewStates(memorandum.reviewState)] : [],
    terminate: write && inForce,
    renew: write && inForce,
    amend: write && inForce,
    manageCommitments: write,
  };
}

export function commitmentPermissions(
  principal: Principal,
  scope: PartyScope,
  partyOrganizationId: string | null,
): TCommitment["permissions"] {
  const write = canWriteMemorandum(principal, scope);
  return {
    update: write,
    delete: write,
    updateProgress: write || isPartnerParty(principal, partyOrganizationId),
  };
}
