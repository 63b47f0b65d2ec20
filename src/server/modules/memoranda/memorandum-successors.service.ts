import {
  type TMemorandum,
  type TMemorandumAmendmentCreate,
  type TMemorandumRenewalCreate,
  type TPartyInput,
  ZMemorandumAmendmentCreate,
  ZMemorandumRenewalCreate,
} from "../../../shared/contracts/memoranda.ts";
import { AppError } from "../../http/app-error.ts";
import { validationError } from "../../http/validation-hook.ts";
import type { MemorandaContext } from "./memoranda.context.ts";
import { canSetBranchParties, canWriteMemorandum } from "./memoranda.policy.ts";
import { assertNumberFree, assertTerm, insertMemorandum, uniqueScopes } from "./memoranda.service.ts";
import { branchRefsOf, type PartyRow, resolveParties } from "./memorandum-parties.repository.ts";
import { type LoadedMemorandum, loadMemorandum, readMemorandum } from "./memorandum-read.service.ts";

function partyInputOf(party: PartyRow): TPartyInput {
  const signatory = { signatoryName: party.signatoryName, signatoryPosition: party.signatoryPosition };
  return party.kind === "branch"
    ? { kind: "branch", branchId: party.branchId ?? "", ...signatory }
    : { kind: "organization", organizationId: party.organizationId ?? "", ...signatory };
}

/** Renewals and amendments start from a signed memorandum still in force, by someone who may write it. */
async function loadParent(mctx: MemorandaContext, id: string): Promise<LoadedMemorandum> {
  const parent = await loadMemorandum(mctx, id);
  if (!canWriteMemorandum(mctx.principal, parent.scope)) throw AppError.forbidden();
  if (parent.row.reviewState !== "signed" || parent.row.lifecycleStatus !== "active") {
    throw new AppError("conflict", "errors.memorandum_not_in_force");
  }
  return parent;
}

/** A new draft with the same parties and scope for a new term; signing it marks the parent renewed. */
export async function renewMemorandum(
  mctx: MemorandaContext,
  id: string,
  input: TMemorandumRenewalCreate,
): Promise<TMemorandum> {
  const parsed = ZMemorandumRenewalCreate.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const { row, parties } = await loadParent(mctx, id);
  const newId = await insertMemorandum(
    mctx,
    {
      title: row.title,
      description: row.description,
      scopeAreas: row.scopeAreas,
      startDate: parsed.data.startDate,
      endDate: parsed.data.endDate,
      parentId: row.id,
      relation: "renewal",
    },
    parties.map(partyInputOf),
  );
  return readMemorandum(mctx, newId);
}

/** A new draft linked to its parent; parties, scope and end date come from the parent unless sent. */
export async function amendMemorandum(
  mctx: MemorandaContext,
  id: string,
  input: TMemorandumAmendmentCreate,
): Promise<TMemorandum> {
  const parsed = ZMemorandumAmendmentCreate.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const { parties: sentParties, ...data } = parsed.data;
  const { row, parties } = await loadParent(mctx, id);
  if (sentParties) {
    const next = await resolveParties(mctx.db, sentParties);
    if (!canSetBranchParties(mctx.principal, next, branchRefsOf(parties))) throw AppError.forbidden();
  }
  const startDate = data.startDate ?? null;
  const endDate = data.endDate === undefined ? row.endDate : data.endDate;
  assertTerm(startDate, endDate);
  await assertNumberFree(mctx.db, data.number);
  const newId = await insertMemorandum(
    mctx,
    {
      number: data.number ?? null,
      title: data.title,
      description: data.description ?? null,
      scopeAreas: uniqueScopes(data.scopeAreas ?? row.scopeAreas),
      startDate,
      endDate,
      parentId: row.id,
      relation: "amendment",
    },
    sentParties ?? parties.map(partyInputOf),
  );
  return readMemorandum(mctx, newId);
}
