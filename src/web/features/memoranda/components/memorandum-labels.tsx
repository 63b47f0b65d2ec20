import { useTranslation } from "react-i18next";
import type { TMemorandumParty } from "../../../../shared/contracts/memoranda.ts";
import type { LifecycleStatus, ReviewState } from "../../../../shared/vocabulary.ts";
import type { Formatters } from "../../../lib/format.ts";

/** The review state in words (never colour alone: the text says it). */
export function ReviewStateTag({ state }: { state: ReviewState }) {
  const { t } = useTranslation();
  return (
    <span className={`tag memo-state memo-state--${state}`}>{t(`memoranda.review_state.${state}`)}</span>
  );
}

export function LifecycleTag({ lifecycle }: { lifecycle: LifecycleStatus | null }) {
  const { t } = useTranslation();
  if (!lifecycle) return null;
  return (
    <span className={`tag memo-lifecycle memo-lifecycle--${lifecycle}`}>
      {t(`memoranda.lifecycle.${lifecycle}`)}
    </span>
  );
}

/** «14 Mar 2025 – 13 Mar 2027», «from 14 Mar 2025, open-ended», or «not set». */
export function useTermText(format: Formatters) {
  const { t } = useTranslation();
  return (startDate: string | null, endDate: string | null): string => {
    if (!startDate && !endDate) return t("app.memoranda.term.none");
    if (!endDate) return t("app.memoranda.term.open", { start: format.date(startDate) });
    if (!startDate) return t("app.memoranda.term.until", { end: format.date(endDate) });
    return t("app.memoranda.term.range", { start: format.date(startDate), end: format.date(endDate) });
  };
}

/** Branch parties first, as the memorandum names them. */
export function partyNames(parties: readonly TMemorandumParty[], format: Formatters): string[] {
  return [...parties]
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "branch" ? -1 : 1))
    .map((party) => format.text(party.name));
}
