import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TExtractionConfirmResult } from "../../../../shared/contracts/extraction.ts";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog.tsx";
import { ErrorState } from "../../../components/ui/states.tsx";
import { useConfirmExtraction } from "../api/extraction.api.ts";
import { confirmPayload, eventProblems, type ReviewState, reviewSummary } from "../lib/review-state.ts";

export interface ConfirmPanelProps {
  state: ReviewState;
  onConfirmed: (result: TExtractionConfirmResult) => void;
}

/** Step 3: what will be created, what still blocks it, and the one button that creates it, after asking. */
export function ConfirmPanel({ state, onConfirmed }: ConfirmPanelProps) {
  const { t } = useTranslation();
  const confirm = useConfirmExtraction();
  const [asking, setAsking] = useState(false);
  const [showProblems, setShowProblems] = useState(false);
  const problemsRef = useRef<HTMLDivElement>(null);
  const summary = reviewSummary(state);
  const problems = state.events.flatMap((event, index) =>
    event.dropped ? [] : eventProblems(event).map((key) => ({ index, key })),
  );

  const start = () => {
    if (problems.length > 0) {
      setShowProblems(true);
      // After the list renders, so a screen reader reads it where focus lands.
      requestAnimationFrame(() => problemsRef.current?.focus());
      return;
    }
    setShowProblems(false);
    setAsking(true);
  };

  const create = async () => {
    try {
      const result = await confirm.mutateAsync(confirmPayload(state));
      setAsking(false);
      onConfirmed(result);
    } catch {
      // Shown below; nothing was created.
      setAsking(false);
    }
  };

  return (
    <section className="extract-confirm" aria-labelledby="extract-confirm-title">
      <h2 id="extract-confirm-title">{t("app.extraction.confirm.title")}</h2>
      <p>{t("app.extraction.confirm.summary", summary)}</p>
      {showProblems && problems.length > 0 ? (
        <div className="form-alert" role="alert" tabIndex={-1} ref={problemsRef}>
          <p>{t("app.extraction.confirm.problems")}</p>
          <ul>
            {problems.map(({ index, key }) => (
              <li key={`${index}-${key}`}>
                {t("app.extraction.event.heading", { number: index + 1 })}: {t(key)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {confirm.isError ? <ErrorState error={confirm.error} /> : null}
      <button type="button" className="button" disabled={summary.memoranda === 0} onClick={start}>
        {t("app.extraction.confirm.button")}
      </button>
      <ConfirmDialog
        open={asking}
        title={t("app.extraction.confirm.dialog_title")}
        confirmLabel={t("app.extraction.confirm.create")}
        busy={confirm.isPending}
        onConfirm={() => void create()}
        onCancel={() => setAsking(false)}
      >
        <p>{t("app.extraction.confirm.dialog_body", summary)}</p>
      </ConfirmDialog>
    </section>
  );
}
