import type { z } from "zod";
import { ZBranchCreate } from "../../../shared/contracts/branches.ts";
import {
  type TExtractionConfirm,
  type TExtractionConfirmResult,
  type ZConfirmedMemorandum,
  ZExtractionConfirm,
} from "../../../shared/contracts/extraction.ts";
import type { TPartyInput } from "../../../shared/contracts/memoranda.ts";
import { ZOrganizationCreate } from "../../../shared/contracts/organizations.ts";
import { type Database, type Transaction, withActor } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import { actorIdOf, hasRole, type UserPrincipal } from "../../http/principal.ts";
import { validationError } from "../../http/validation-hook.ts";
import { canWriteBranchIn } from "../branches/branches.policy.ts";
import { findBranch } from "../branches/branches.repository.ts";
import { insertBranchIn } from "../branches/branches.service.ts";
import { type BranchPartyRef, canSetBranchParties } from "../memoranda/memoranda.policy.ts";
import { insertMemorandumIn, uniqueScopes } from "../memoranda/memoranda.service.ts";
import { canCreateOrganization } from "../organizations/organizations.policy.ts";
import { findOrganization } from "../organizations/organizations.repository.ts";
import { insertOrganizationIn } from "../organizations/organizations.service.ts";
import { assertRegionCodes } from "../regions/regions.repository.ts";

type ConfirmedMemorandum = z.output<typeof ZConfirmedMemorandum>;
type ConfirmedBranch = ConfirmedMemorandum["branches"][number];
type ConfirmedPartner = ConfirmedMemorandum["partners"][number];

/** One confirmation in progress: its transaction, who confirms, and what it has created so far. */
interface Batch {
  tx: Transaction;
  principal: UserPrincipal;
  created: TExtractionConfirmResult;
}

const unknownReference = (path: string) => AppError.validation(path, "validation.unknown_reference");

/** An existing branch as it is, or a new one created under the branches policy (a coordinator: its regions). */
async function branchParty(batch: Batch, branch: ConfirmedBranch, path: string): Promise<BranchPartyRef> {
  if (branch.kind === "existing") {
    const row = await findBranch(batch.tx, branch.id);
    if (!row) throw unknownReference(`${path}.id`);
    return { branchId: row.id, regionCode: row.regionCode };
  }
  if (!canWriteBranchIn(batch.principal, branch.regionCode)) throw AppError.forbidden();
  await assertRegionCodes(batch.tx, [branch.regionCode], `${path}.regionCode`);
  if (branch.parentId && !(await findBranch(batch.tx, branch.parentId))) {
    throw unknownReference(`${path}.parentId`);
  }
  const values = ZBranchCreate.parse({
    kind: branch.branchKind,
    name: branch.name,
    regionCode: branch.regionCode,
    parentId: branch.parentId,
  });
  const row = await insertBranchIn(batch.tx, values);
  batch.created.createdBranchIds.push(row.id);
  return { branchId: row.id, regionCode: row.regionCode };
}

/** An existing organization, or a new one registered under the organizations policy. */
async function partnerParty(batch: Batch, partner: ConfirmedPartner, path: string): Promise<string> {
  if (partner.kind === "existing") {
    if (!(await findOrganization(batch.tx, partner.id))) throw unknownReference(`${path}.id`);
    return partner.id;
  }
  if (!canCreateOrganization(batch.principal, partner.regionsServed)) {
    throw new AppError("forbidden", "errors.organization_outside_regions");
  }
  await assertRegionCodes(batch.tx, partner.regionsServed, `${path}.regionsServed`);
  // The same defaults as a partner registered by hand (active, published).
  const { regionsServed, ...values } = ZOrganizationCreate.parse({
    name: partner.name,
    type: partner.type,
    level: partner.level,
    regionsServed: partner.regionsServed,
    targetGroups: partner.targetGroups,
  });
  const id = await insertOrganizationIn(batch.tx, values, regionsServed);
  batch.created.createdOrganizationIds.push(id);
  return id;
}

async function confirmMemorandum(batch: Batch, memorandum: ConfirmedMemorandum, path: string) {
  const branchRefs: BranchPartyRef[] = [];
  for (const [index, branch] of memorandum.branches.entries()) {
    branchRefs.push(await branchParty(batch, branch, `${path}.branches.${index}`));
  }
  // The rule of a memorandum created by hand: a coordinator names only branches of its own regions.
  if (!canSetBranchParties(batch.principal, branchRefs)) throw AppError.forbidden();
  const organizationIds: string[] = [];
  for (const [index, partner] of memorandum.partners.entries()) {
    organizationIds.push(await partnerParty(batch, partner, `${path}.partners.${index}`));
  }
  const unsigned = { signatoryName: null, signatoryPosition: null };
  const parties: TPartyInput[] = [
    ...branchRefs.map(({ branchId }) => ({ kind: "branch" as const, branchId, ...unsigned })),
    ...organizationIds.map((organizationId) => ({
      kind: "organization" as const,
      organizationId,
      ...unsigned,
    })),
  ];
  const id = await insertMemorandumIn(
    batch.tx,
    {
      title: memorandum.title,
      scopeAreas: uniqueScopes(memorandum.scopeAreas),
      signedDate: memorandum.signedDate,
      signedPlace: memorandum.signedPlace,
      reviewState: "draft",
    },
    parties,
  );
  batch.created.memorandumIds.push(id);
}

/**
 * Creates what a person confirmed from a press release: new branches, new partners and the draft memoranda
 * with their parties, all in one audited transaction, so a refused or invalid item leaves nothing behind.
 */
export async function confirmExtraction(
  db: Database,
  principal: UserPrincipal,
  input: TExtractionConfirm,
): Promise<TExtractionConfirmResult> {
  if (!hasRole(principal, "admin", "coordinator")) throw AppError.forbidden();
  const parsed = ZExtractionConfirm.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  return withActor(db, actorIdOf(principal), async (tx) => {
    const batch: Batch = {
      tx,
      principal,
      created: { memorandumIds: [], createdOrganizationIds: [], createdBranchIds: [] },
    };
    for (const [index, memorandum] of parsed.data.memoranda.entries()) {
      await confirmMemorandum(batch, memorandum, `memoranda.${index}`);
    }
    return batch.created;
  });
}
