import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type {
  TExtractionConfirmResult,
  TExtractionProposal,
} from "../../../../shared/contracts/extraction.ts";
import { EmptyState } from "../../../components/ui/states.tsx";
import { highlightsOf } from "../lib/highlights.ts";
import { eventItemKey, type ReviewAction, type ReviewState } from "../lib/review-state.ts";
import { ConfirmPanel } from "./confirm-panel.tsx";
import { EventReviewCard } from "./event-review-card.tsx";
import { HighlightedText } from "./highlighted-text.tsx";

export interface ReviewStepProps {
  proposal: TExtractionProposal;
  state: ReviewState;
  dispatch: (action: ReviewAction) => void;
  ownRegions: readonly string[] | null;
  onConfirmed: (result: TExtractionConfirmResult) => void;
  onRestart: () => void;
}

/** Keys of the text's marks whose item the person dropped, to fade them. */
function droppedKeysOf(state: ReviewState): Set<string> {
  const keys = new Set<string>();
  for (const event of state.events) {
    if (event.dropped) {
      for (const item of ["branch", "region", "place", "date", "partial"])
        keys.add(eventItemKey(event.id, item));
    }
    for (const partner of event.partners) {
      if (event.dropped || partner.mode === "drop") keys.add(partner.key);
    }
  }
  return keys;
}

/** Step 2: the text with its marks on one side, the proposed records on the other. */
export function ReviewStep({
  proposal,
  state,
  dispatch,
  ownRegions,
  onConfirmed,
  onRestart,
}: ReviewStepProps) {
  const { t } = useTranslation();
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const highlights = useMemo(() => highlightsOf(proposal), [proposal]);
  const restart = (
    <button type="button" className="button button--secondary" onClick={onRestart}>
      {t("app.extraction.review.restart")}
    </button>
  );
  if (proposal.events.length === 0) {
    return (
      <EmptyState title={t("app.extraction.review.empty")}>
        <p>{t("app.extraction.review.empty_hint")}</p>
        {restart}
      </EmptyState>
    );
  }
  return (
    <>
      <p>
        {t("app.extraction.review.intro", { count: proposal.events.length })}{" "}
        {t("app.extraction.review.language", { language: t(`app.language.${proposal.language}`) })}
      </p>
      <div className="extract-review">
        <section className="extract-review__text" aria-labelledby="extract-text-title">
          <h2 id="extract-text-title">{t("app.extraction.review.text")}</h2>
          <p className="muted">{t("app.extraction.review.marks_hint")}</p>
          <HighlightedText
            text={proposal.text}
            highlights={highlights}
            activeKey={activeKey}
            droppedKeys={droppedKeysOf(state)}
            lang={proposal.language}
          />
        </section>
        <section className="extract-review__records" aria-labelledby="extract-records-title">
          <h2 id="extract-records-title">{t("app.extraction.review.records")}</h2>
          {state.events.map((event, index) => {
            const proposed = proposal.events[index];
            return proposed ? (
              <EventReviewCard
                key={event.id}
                event={event}
                proposed={proposed}
                index={index}
                language={proposal.language}
                ownRegions={ownRegions}
                dispatch={dispatch}
                onActivate={setActiveKey}
              />
            ) : null;
          })}
        </section>
      </div>
      <ConfirmPanel state={state} onConfirmed={onConfirmed} />
      <p>{restart}</p>
    </>
  );
}
