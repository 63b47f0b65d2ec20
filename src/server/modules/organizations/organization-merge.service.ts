import { eq } from "drizzle-orm";
import type {
  TOrganizationMerge,
  TOrganizationMergeResult,
} from "../../../shared/contracts/organizations.ts";
import { type Database, withActor } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import type { UserPrincipal } from "../../http/principal.ts";
import { lockPair, moveReferences } from "./organization-merge.repository.ts";
import { canMergeOrganizations } from "./organizations.policy.ts";
import { findVisibleOrganization, type OrganizationRow } from "./organizations.repository.ts";
import { organizations } from "./organizations.schema.ts";
import { presentOrganization } from "./organizations.service.ts";

/** A duplicate can only be folded into a live organization, once, and not across two registered BINs. */
function assertMergeable(kept: OrganizationRow, duplicate: OrganizationRow): void {
  if (duplicate.mergedIntoId) throw new AppError("conflict", "errors.organization_already_merged");
  if (kept.status !== "active" || kept.mergedIntoId) {
    throw new AppError("conflict", "errors.merge_into_archived");
  }
  if (kept.bin && duplicate.bin && kept.bin !== duplicate.bin) {
    throw new AppError("conflict", "errors.merge_different_bin");
  }
}

const CONTACT_FIELDS = ["email", "phone", "website", "contactName", "contactPosition"] as const;

/** What the kept organization takes over: the duplicate's details where its own are empty. */
function filledFrom(kept: OrganizationRow, duplicate: OrganizationRow): Partial<OrganizationRow> {
  const changes: Partial<OrganizationRow> = {};
  for (const field of CONTACT_FIELDS) {
    if (!kept[field] && duplicate[field]) changes[field] = duplicate[field];
  }
  if (!kept.bin && duplicate.bin) changes.bin = duplicate.bin;
  if (!kept.description && duplicate.description) changes.description = duplicate.description;
  const groups = [...new Set([...kept.targetGroups, ...duplicate.targetGroups])];
  if (groups.length !== kept.targetGroups.length) changes.targetGroups = groups;
  return changes;
}

export async function mergeOrganizations(
  db: Database,
  principal: UserPrincipal,
  keptId: string,
  input: TOrganizationMerge,
): Promise<TOrganizationMergeResult> {
  const { duplicateId, version } = input;
  if (duplicateId === keptId) throw AppError.validation("duplicateId", "validation.merge_into_itself");
  const kept = await findVisibleOrganization(db, principal, keptId);
  if (!kept) throw AppError.notFound();
  const duplicate = await findVisibleOrganization(db, principal, duplicateId);
  if (!duplicate) throw AppError.validation("duplicateId", "validation.unknown_reference");
  if (!canMergeOrganizations(principal, kept.regionsServed, duplicate.regionsServed)) {
    throw AppError.forbidden();
  }
  assertMergeable(kept, duplicate);

  const moved = await withActor(db, principal.id, async (tx) => {
    const locked = await lockPair(tx, [keptId, duplicateId]);
    const lockedKept = locked.find((row) => row.id === keptId);
    const lockedDuplicate = locked.find((row) => row.id === duplicateId);
    if (!lockedKept || !lockedDuplicate) throw AppError.notFound();
    if (lockedKept.version !== version) throw new AppError("version_conflict");
    assertMergeable(lockedKept, lockedDuplicate);
    const changes = filledFrom(lockedKept, lockedDuplicate);
    const result = await moveReferences(tx, keptId, duplicateId);
    // The BIN is unique, so the duplicate gives it up before the kept organization takes it.
    await tx
      .update(organizations)
      .set({
        status: "archived",
        published: false,
        mergedIntoId: keptId,
        ...(changes.bin ? { bin: null } : {}),
      })
      .where(eq(organizations.id, duplicateId));
    // Always written, so the kept organization's version moves and the merge shows in its history.
    await tx
      .update(organizations)
      .set({ ...changes, version: lockedKept.version })
      .where(eq(organizations.id, keptId));
    return result;
  });
  const reloaded = await findVisibleOrganization(db, principal, keptId);
  if (!reloaded) throw new AppError("internal");
  return { organization: presentOrganization(reloaded, principal), moved };
}
