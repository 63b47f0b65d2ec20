import { and, eq, sql } from "drizzle-orm";
import type {
  TMemorandum,
  TMemorandumTermination,
  TMemorandumTransition,
} from "../../../shared/contracts/memoranda.ts";
import { pickLocalized, type TLocalizedText } from "../../../shared/localized-text.ts";
import { LOCALES, type ReviewState } from "../../../shared/vocabulary.ts";
import { withActor } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import { actorIdOf } from "../../http/principal.ts";
import { translate } from "../../i18n/translate.ts";
import { draftSigningNews } from "../news/signing-news.service.ts";
import type { MemorandaContext } from "./memoranda.context.ts";
import { canWriteMemorandum } from "./memoranda.policy.ts";
import type { MemorandumRow } from "./memoranda.repository.ts";
import { memoranda, memorandumParties } from "./memoranda.schema.ts";
import { isLegalTransition } from "./memorandum-lifecycle.ts";
import type { PartyRow } from "./memorandum-parties.repository.ts";
import { loadMemorandum, readMemorandum } from "./memorandum-read.service.ts";

type Detail = NonNullable<AppError["details"]>[number];

function invalidTransition(mctx: MemorandaContext, from: ReviewState, to: ReviewState): AppError {
  const name = (state: ReviewState) => translate(mctx.locale, `memoranda.review_state.${state}`);
  return new AppError("invalid_transition", "errors.invalid_transition", { from: name(from), to: name(to) });
}

const hasText = (value: TLocalizedText | null | undefined) =>
  LOCALES.some((locale) => Boolean(value?.[locale]));

/** The parties as they will be after applying the sent signatories; unknown party ids are field errors. */
function applySignatories(parties: readonly PartyRow[], body: TMemorandumTransition): PartyRow[] {
  const next = parties.map((party) => ({ ...party }));
  for (const [index, signatory] of (body.signatories ?? []).entries()) {
    const party = next.find((p) => p.id === signatory.partyId);
    if (!party)
      throw AppError.validation(`signatories.${index}.partyId`, "validation.party_not_in_memorandum");
    party.signatoryName = signatory.signatoryName;
    if (signatory.signatoryPosition !== undefined) party.signatoryPosition = signatory.signatoryPosition;
  }
  return next;
}

/** Signing needs the date, the place and a signatory for every party, sent now or stored before. */
function signingProblems(
  mctx: MemorandaContext,
  row: MemorandumRow,
  body: TMemorandumTransition,
  parties: PartyRow[],
) {
  const problems: Detail[] = [];
  if (!(body.signedDate ?? row.signedDate)) {
    problems.push({ path: "signedDate", code: "custom", messageKey: "validation.required" });
  }
  if (!hasText(body.signedPlace ?? row.signedPlace)) {
    problems.push({ path: "signedPlace", code: "custom", messageKey: "validation.required" });
  }
  parties.forEach((party, index) => {
    if (party.signatoryName) return;
    const partyName = pickLocalized(party.name, mctx.locale)?.text ?? party.id;
    problems.push({
      path: `parties.${index}.signatoryName`,
      code: "custom",
      messageKey: "validation.signatory_required",
      params: { party: partyName },
    });
  });
  return problems;
}

export async function transitionMemorandum(
  mctx: MemorandaContext,
  id: string,
  body: TMemorandumTransition,
): Promise<TMemorandum> {
  const { row, parties, scope } = await loadMemorandum(mctx, id);
  if (!canWriteMemorandum(mctx.principal, scope)) throw AppError.forbidden();
  if (!isLegalTransition(row.reviewState, body.to)) throw invalidTransition(mctx, row.reviewState, body.to);
  const signing = body.to === "signed";
  if (!signing) {
    const stray = (["signedDate", "signedPlace", "signatories"] as const).find(
      (field) => body[field] !== undefined,
    );
    if (stray) throw AppError.validation(stray, "validation.signing_fields_only");
  }
  const signedParties = signing ? applySignatories(parties, body) : parties;
  const problems = signing ? signingProblems(mctx, row, body, signedParties) : [];
  if (problems.length) throw new AppError("validation_failed", "errors.validation_failed", {}, problems);

  await withActor(mctx.db, actorIdOf(mctx.principal), async (tx) => {
    const signedDate = body.signedDate ?? row.signedDate;
    const signature = signing
      ? // A memorandum without a start date takes effect on the day it is signed.
        {
          signedDate,
          signedPlace: body.signedPlace ?? row.signedPlace,
          startDate: row.startDate ?? signedDate,
        }
      : {};
    const [updated] = await tx
      .update(memoranda)
      .set({ reviewState: body.to, ...signature })
      .where(and(eq(memoranda.id, id), eq(memoranda.version, body.version)))
      .returning({ id: memoranda.id });
    if (!updated) throw new AppError("version_conflict");
    for (const party of signedParties) {
      const before = parties.find((p) => p.id === party.id);
      if (
        before?.signatoryName === party.signatoryName &&
        before?.signatoryPosition === party.signatoryPosition
      ) {
        continue;
      }
      await tx
        .update(memorandumParties)
        .set({ signatoryName: party.signatoryName, signatoryPosition: party.signatoryPosition })
        .where(eq(memorandumParties.id, party.id));
    }
    if (signing && signedDate) {
      await draftSigningNews(tx, mctx.principal, {
        id,
        signedDate,
        signedPlace: signature.signedPlace ?? null,
        scopeAreas: row.scopeAreas,
        parties: signedParties,
      });
    }
    if (signing && row.relation === "renewal" && row.parentId) {
      await tx
        .update(memoranda)
        .set({ lifecycleStatus: "renewed" })
        .where(
          and(
            eq(memoranda.id, row.parentId),
            eq(memoranda.reviewState, "signed"),
            eq(memoranda.lifecycleStatus, "active"),
          ),
        );
    }
  });
  return readMemorandum(mctx, id);
}

export async function terminateMemorandum(
  mctx: MemorandaContext,
  id: string,
  body: TMemorandumTermination,
): Promise<TMemorandum> {
  const { row, scope } = await loadMemorandum(mctx, id);
  if (!canWriteMemorandum(mctx.principal, scope)) throw AppError.forbidden();
  if (row.reviewState !== "signed" || row.lifecycleStatus !== "active") {
    throw new AppError("conflict", "errors.memorandum_not_in_force");
  }
  await withActor(mctx.db, actorIdOf(mctx.principal), async (tx) => {
    const [updated] = await tx
      .update(memoranda)
      .set({ lifecycleStatus: "terminated", terminationReason: body.reason, terminatedAt: sql`now()` })
      .where(and(eq(memoranda.id, id), eq(memoranda.version, body.version)))
      .returning({ id: memoranda.id });
    if (!updated) throw new AppError("version_conflict");
  });
  return readMemorandum(mctx, id);
}
