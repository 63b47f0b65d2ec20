import { and, eq } from "drizzle-orm";
import {
  type TCommitment,
  type TCommitmentCreate,
  type TCommitmentUpdate,
  ZCommitmentCreate,
  ZCommitmentUpdate,
} from "../../../shared/contracts/memoranda.ts";
import { withActor } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import { actorIdOf } from "../../http/principal.ts";
import { validationError } from "../../http/validation-hook.ts";
import { type CommitmentRow, findCommitment } from "./commitments.repository.ts";
import type { MemorandaContext } from "./memoranda.context.ts";
import { canWriteMemorandum, isPartnerParty } from "./memoranda.policy.ts";
import { presentCommitment } from "./memoranda.presenter.ts";
import { commitments } from "./memoranda.schema.ts";
import type { PartyRow } from "./memorandum-parties.repository.ts";
import { type LoadedMemorandum, loadMemorandum } from "./memorandum-read.service.ts";

/** What a partner may report on its own party's commitments. */
const PROGRESS_FIELDS = new Set(["status", "evidence", "version"]);

function assertParty(parties: readonly PartyRow[], partyId: string | undefined): void {
  if (partyId !== undefined && !parties.some((party) => party.id === partyId)) {
    throw AppError.validation("partyId", "validation.party_not_in_memorandum");
  }
}

/** The commitment and its memorandum, both only when the memorandum is visible to the caller. */
async function loadCommitment(
  mctx: MemorandaContext,
  id: string,
): Promise<{ commitment: CommitmentRow; memorandum: LoadedMemorandum }> {
  const commitment = await findCommitment(mctx.db, id);
  if (!commitment) throw AppError.notFound();
  return { commitment, memorandum: await loadMemorandum(mctx, commitment.memorandumId) };
}

async function present(
  mctx: MemorandaContext,
  id: string,
  parties: readonly PartyRow[],
): Promise<TCommitment> {
  const row = await findCommitment(mctx.db, id);
  if (!row) throw AppError.notFound();
  return presentCommitment(row, parties, mctx.principal);
}

export async function createCommitment(
  mctx: MemorandaContext,
  memorandumId: string,
  input: TCommitmentCreate,
): Promise<TCommitment> {
  const parsed = ZCommitmentCreate.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const { parties, scope } = await loadMemorandum(mctx, memorandumId);
  if (!canWriteMemorandum(mctx.principal, scope)) throw AppError.forbidden();
  assertParty(parties, parsed.data.partyId);
  const id = await withActor(mctx.db, actorIdOf(mctx.principal), async (tx) => {
    const [row] = await tx
      .insert(commitments)
      .values({ ...parsed.data, memorandumId })
      .returning({ id: commitments.id });
    if (!row) throw new AppError("internal");
    return row.id;
  });
  return present(mctx, id, parties);
}

export async function updateCommitment(
  mctx: MemorandaContext,
  id: string,
  input: TCommitmentUpdate,
): Promise<TCommitment> {
  const parsed = ZCommitmentUpdate.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const { version, ...changes } = parsed.data;
  const { commitment, memorandum } = await loadCommitment(mctx, id);
  if (!canWriteMemorandum(mctx.principal, memorandum.scope)) {
    const party = memorandum.parties.find((p) => p.id === commitment.partyId);
    if (!isPartnerParty(mctx.principal, party?.organizationId ?? null)) throw AppError.forbidden();
    if (Object.keys(parsed.data).some((field) => !PROGRESS_FIELDS.has(field))) {
      throw new AppError("forbidden", "errors.commitment_progress_only");
    }
  }
  assertParty(memorandum.parties, changes.partyId);
  await withActor(mctx.db, actorIdOf(mctx.principal), async (tx) => {
    const [row] = await tx
      .update(commitments)
      .set(Object.keys(changes).length ? changes : { status: commitment.status })
      .where(and(eq(commitments.id, id), eq(commitments.version, version)))
      .returning({ id: commitments.id });
    if (!row) throw new AppError("version_conflict");
  });
  return present(mctx, id, memorandum.parties);
}

export async function deleteCommitment(mctx: MemorandaContext, id: string): Promise<void> {
  const { memorandum } = await loadCommitment(mctx, id);
  if (!canWriteMemorandum(mctx.principal, memorandum.scope)) throw AppError.forbidden();
  await withActor(mctx.db, actorIdOf(mctx.principal), (tx) =>
    tx.delete(commitments).where(eq(commitments.id, id)),
  );
}
