import { eq } from "drizzle-orm";
import type {
  TMemorandum,
  TMemorandumListQuery,
  TMemorandumSummary,
} from "../../../shared/contracts/memoranda.ts";
import { AppError } from "../../http/app-error.ts";
import { listCommitments } from "./commitments.repository.ts";
import type { MemorandaContext } from "./memoranda.context.ts";
import type { PartyScope } from "./memoranda.policy.ts";
import { presentMemorandum, presentSummary } from "./memoranda.presenter.ts";
import {
  findVisibleMemoranda,
  findVisibleMemorandum,
  listMemoranda,
  type MemorandumRow,
} from "./memoranda.repository.ts";
import { memoranda } from "./memoranda.schema.ts";
import { listParties, type PartyRow, scopeOf } from "./memorandum-parties.repository.ts";

export interface LoadedMemorandum {
  row: MemorandumRow;
  parties: PartyRow[];
  scope: PartyScope;
}

/** The memorandum with its parties, or 404 when it does not exist for the caller. */
export async function loadMemorandum(mctx: MemorandaContext, id: string): Promise<LoadedMemorandum> {
  const row = await findVisibleMemorandum(mctx.db, mctx.principal, id, mctx.windowDays);
  if (!row) throw AppError.notFound();
  const parties = await listParties(mctx.db, [id]);
  return { row, parties, scope: scopeOf(parties) };
}

export async function readMemorandum(mctx: MemorandaContext, id: string): Promise<TMemorandum> {
  const { db, principal, windowDays } = mctx;
  const { row, parties } = await loadMemorandum(mctx, id);
  const [commitments, parents, children] = await Promise.all([
    listCommitments(db, id),
    row.parentId ? findVisibleMemoranda(db, principal, eq(memoranda.id, row.parentId), windowDays) : [],
    findVisibleMemoranda(db, principal, eq(memoranda.parentId, id), windowDays),
  ]);
  return presentMemorandum({ row, parties, commitments, parent: parents[0], children }, principal);
}

export async function readMemorandumPage(
  mctx: MemorandaContext,
  query: TMemorandumListQuery,
): Promise<{ items: TMemorandumSummary[]; total: number; page: number; perPage: number }> {
  const { rows, total } = await listMemoranda(mctx.db, mctx.principal, query, mctx.windowDays);
  const parties = await listParties(
    mctx.db,
    rows.map((row) => row.id),
  );
  const items = rows.map((row) =>
    presentSummary(
      row,
      parties.filter((party) => party.memorandumId === row.id),
      mctx.principal,
    ),
  );
  return { items, total, page: query.page, perPage: query.perPage };
}
