import { Link } from "@tanstack/react-router";
import { useEffect, useReducer, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type {
  TExtractionConfirmResult,
  TExtractionProposal,
} from "../../../../shared/contracts/extraction.ts";
import type { TLocalizedText } from "../../../../shared/localized-text.ts";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import { useFormat } from "../../../lib/format.ts";
import type { TMe } from "../../auth/api/session.api.ts";
import { initialReview, keptEvents, type ReviewState, reviewReducer } from "../lib/review-state.ts";
import { ReviewStep } from "./review-step.tsx";
import { SourceStep } from "./source-step.tsx";

type Step = "source" | "review" | "done";
const STEPS: Step[] = ["source", "review", "done"];

const EMPTY: ReviewState = { language: "kk", events: [] };

function StepList({ current }: { current: Step }) {
  const { t } = useTranslation();
  return (
    <ol className="extract-steps" aria-label={t("app.extraction.steps")}>
      {STEPS.map((step) => (
        <li key={step} aria-current={step === current ? "step" : undefined}>
          {t(`app.extraction.step.${step}`)}
        </li>
      ))}
    </ol>
  );
}

function CreatedList({ result, titles }: { result: TExtractionConfirmResult; titles: TLocalizedText[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <ul className="item-list">
        {result.memorandumIds.map((id, index) => (
          <li key={id}>
            <Link to="/memoranda/$id" params={{ id }}>
              {format.text(titles[index]) || t("app.extraction.done.untitled")}
            </Link>
          </li>
        ))}
      </ul>
      <p>
        {t("app.extraction.done.also", {
          partners: result.createdOrganizationIds.length,
          branches: result.createdBranchIds.length,
        })}
      </p>
    </>
  );
}

/** Press-release import: paste or upload, review what was found, confirm; nothing is created before that. */
export function ExtractionScreen({ me }: { me: TMe }) {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t("app.extraction.title"));
  const [step, setStep] = useState<Step>("source");
  const [proposal, setProposal] = useState<TExtractionProposal | null>(null);
  const [state, dispatch] = useReducer(
    (
      current: ReviewState,
      action: Parameters<typeof reviewReducer>[1] | { type: "reset"; state: ReviewState },
    ) => (action.type === "reset" ? action.state : reviewReducer(current, action)),
    EMPTY,
  );
  const [result, setResult] = useState<{ ids: TExtractionConfirmResult; titles: TLocalizedText[] } | null>(
    null,
  );
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // Each step announces itself by taking focus on its heading (not on the first render of the screen).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes, which the body need not read
  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [step]);

  const onProposal = async (next: TExtractionProposal) => {
    // Titles are prefilled in the text's language, whatever the interface's.
    await i18n.loadLanguages(next.language);
    const template = i18n.getFixedT(next.language);
    const titleFor = (branch: string | null) =>
      branch
        ? template("app.extraction.title_template", { branch })
        : template("app.extraction.title_default");
    setProposal(next);
    dispatch({ type: "reset", state: initialReview(next, titleFor) });
    setStep("review");
  };

  const restart = () => {
    setProposal(null);
    setResult(null);
    dispatch({ type: "reset", state: EMPTY });
    setStep("source");
  };

  const ownRegions = me.user.role === "admin" ? null : me.user.regionCodes;
  return (
    <section aria-labelledby="extraction-title" className="extraction">
      <h1 id="extraction-title">{t("app.extraction.title")}</h1>
      <StepList current={step} />
      <h2 ref={heading} tabIndex={-1} className="extract-step-title">
        {t(`app.extraction.step.${step}`)}
      </h2>
      {step === "source" ? (
        <>
          <p>{t("app.extraction.source.intro")}</p>
          <SourceStep onProposal={onProposal} />
        </>
      ) : null}
      {step === "review" && proposal ? (
        <ReviewStep
          proposal={proposal}
          state={state}
          dispatch={dispatch}
          ownRegions={ownRegions}
          onRestart={restart}
          onConfirmed={(ids) => {
            setResult({ ids, titles: keptEvents(state).map((event) => event.title) });
            setStep("done");
          }}
        />
      ) : null}
      {step === "done" && result ? (
        <>
          <p role="status">{t("app.extraction.done.created", { count: result.ids.memorandumIds.length })}</p>
          <CreatedList result={result.ids} titles={result.titles} />
          <button type="button" className="button button--secondary" onClick={restart}>
            {t("app.extraction.done.again")}
          </button>
        </>
      ) : null}
    </section>
  );
}
