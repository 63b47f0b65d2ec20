import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { TMemorandum } from "../../../../shared/contracts/memoranda.ts";
import { ErrorState, LoadingState } from "../../../components/ui/states.tsx";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import { useFormat } from "../../../lib/format.ts";
import { regionsQueryOptions } from "../../../lib/regions.api.ts";
import type { TMe } from "../../auth/api/session.api.ts";
import { memorandumQueryOptions } from "../api/memoranda.api.ts";
import { AttachmentsSection } from "./attachments-section.tsx";
import { CommitmentsSection } from "./commitments-section.tsx";
import { DraftedNewsPanel } from "./drafted-news-panel.tsx";
import { LifecycleActions } from "./lifecycle-actions.tsx";
import { LinkedMemoranda } from "./linked-memoranda.tsx";
import { LifecycleTag, ReviewStateTag, useTermText } from "./memorandum-labels.tsx";
import { ReviewActions } from "./review-actions.tsx";
import { TimelineSection } from "./timeline-section.tsx";

function Facts({ memorandum }: { memorandum: TMemorandum }) {
  const { t } = useTranslation();
  const format = useFormat();
  const termText = useTermText(format);
  const fact = (label: string, value: string) => (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <dl className="facts memo-facts">
      {fact(t("app.memoranda.field.number"), memorandum.number ?? t("app.memoranda.no_number"))}
      {fact(t("app.memoranda.field.term"), termText(memorandum.startDate, memorandum.endDate))}
      {memorandum.signedDate
        ? fact(
            t("app.memoranda.field.signed"),
            [format.date(memorandum.signedDate), format.text(memorandum.signedPlace)]
              .filter(Boolean)
              .join(", "),
          )
        : null}
      {fact(
        t("app.memoranda.field.scope"),
        memorandum.scopeAreas.length
          ? format.list(memorandum.scopeAreas.map((area) => t(`app.memoranda.scope.${area}`)))
          : t("app.memoranda.no_scope"),
      )}
      {memorandum.terminationReason
        ? fact(t("app.memoranda.field.termination_reason"), memorandum.terminationReason)
        : null}
    </dl>
  );
}

function PartiesTable({ memorandum }: { memorandum: TMemorandum }) {
  const { t } = useTranslation();
  const format = useFormat();
  const regions = useQuery(regionsQueryOptions());
  const regionName = (code: string | null) =>
    code ? format.text(regions.data?.find((region) => region.code === code)?.name) || code : "—";
  return (
    <section className="memo-section" aria-labelledby="memo-parties">
      <h2 id="memo-parties">{t("app.memoranda.field.parties")}</h2>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="data-table__scroll" tabIndex={0} aria-labelledby="memo-parties-caption">
        <table>
          <caption id="memo-parties-caption" className="visually-hidden">
            {t("app.memoranda.field.parties")}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("app.memoranda.parties.name")}</th>
              <th scope="col">{t("app.memoranda.parties.kind")}</th>
              <th scope="col">{t("app.memoranda.field.region")}</th>
              <th scope="col">{t("app.memoranda.parties.signatory")}</th>
            </tr>
          </thead>
          <tbody>
            {memorandum.parties.map((party) => (
              <tr key={party.id}>
                <th scope="row">{format.text(party.name)}</th>
                <td>{t(`app.memoranda.parties.kind.${party.kind}`)}</td>
                <td>{regionName(party.regionCode)}</td>
                <td>
                  {party.signatoryName
                    ? [party.signatoryName, party.signatoryPosition].filter(Boolean).join(", ")
                    : t("app.memoranda.parties.no_signatory")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}

function MemorandumView({ memorandum, me }: { memorandum: TMemorandum; me: TMe }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <p className="memo-tags memo-status">
        <ReviewStateTag state={memorandum.reviewState} />
        <LifecycleTag lifecycle={memorandum.lifecycle} />
        {memorandum.relation ? (
          <span className="tag tag--muted">{t(`app.memoranda.relation.${memorandum.relation}`)}</span>
        ) : null}
      </p>
      <ReviewActions memorandum={memorandum} />
      <LifecycleActions memorandum={memorandum} />
      <Facts memorandum={memorandum} />
      {memorandum.description && format.text(memorandum.description) ? (
        <p className="memo-description">{format.text(memorandum.description)}</p>
      ) : null}
      <PartiesTable memorandum={memorandum} />
      <CommitmentsSection memorandum={memorandum} />
      <AttachmentsSection memorandumId={memorandum.id} />
      {memorandum.reviewState === "signed" ? <DraftedNewsPanel memorandumId={memorandum.id} /> : null}
      <LinkedMemoranda memorandum={memorandum} />
      {me.capabilities.readAudit ? <TimelineSection memorandum={memorandum} meId={me.user.id} /> : null}
    </>
  );
}

export function MemorandumScreen({ id, me }: { id: string; me: TMe }) {
  const { t } = useTranslation();
  const format = useFormat();
  const memorandum = useQuery(memorandumQueryOptions(id));
  const title = memorandum.data ? format.text(memorandum.data.title) : t("app.memoranda.one");
  useDocumentTitle(title);
  return (
    <article aria-labelledby="memo-title" className="memo">
      <p className="breadcrumb">
        <Link to="/memoranda">{t("app.nav.memoranda")}</Link>
      </p>
      <h1 id="memo-title">
        {memorandum.data?.number ? (
          <span className="memo-title__number">№ {memorandum.data.number} </span>
        ) : null}
        {title}
      </h1>
      {memorandum.isPending ? (
        <LoadingState />
      ) : memorandum.isError ? (
        <ErrorState error={memorandum.error} onRetry={() => memorandum.refetch()} />
      ) : (
        <MemorandumView memorandum={memorandum.data} me={me} />
      )}
    </article>
  );
}
