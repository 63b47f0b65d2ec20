import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TOrganization, TOrganizationMergeResult } from "../../../../shared/contracts/organizations.ts";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog.tsx";
import { FieldsetField } from "../../../components/ui/form-field.tsx";
import { EmptyState, ErrorState, LoadingState } from "../../../components/ui/states.tsx";
import { useToast } from "../../../components/ui/toast.tsx";
import { ApiError } from "../../../lib/api-client.ts";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import { useFormat } from "../../../lib/format.ts";
import { mergeCandidatesQueryOptions, partnerQueryOptions, useMergePartner } from "../api/partners.api.ts";
import { type Labels, useLabels } from "../lib/labels.ts";
import { EXACT } from "../lib/links.ts";
import { MergeComparison, MergeResult } from "./merge-summary.tsx";

function CandidatePicker({
  kept,
  labels,
  chosen,
  onChoose,
}: {
  kept: TOrganization;
  labels: Labels;
  chosen: TOrganization | null;
  onChoose: (organization: TOrganization) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [text, setText] = useState("");
  const [q, setQ] = useState("");
  const candidates = useQuery(mergeCandidatesQueryOptions(q));
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    setQ(text.trim());
  };
  const items = (candidates.data?.items ?? []).filter((item) => item.id !== kept.id && !item.mergedIntoId);
  return (
    <>
      <form className="filters" onSubmit={onSearch} aria-label={t("app.partners.merge.search")}>
        <div className="field">
          <label className="field__label" htmlFor="merge-q">
            {t("app.partners.merge.search")}
          </label>
          <input id="merge-q" type="search" value={text} onChange={(event) => setText(event.target.value)} />
        </div>
        <button type="submit" className="button button--secondary">
          {t("app.partners.merge.find")}
        </button>
      </form>
      {candidates.isPending ? (
        <LoadingState />
      ) : candidates.isError ? (
        <ErrorState error={candidates.error} onRetry={() => candidates.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t("app.partners.merge.no_candidates")} />
      ) : (
        <FieldsetField legend={t("app.partners.merge.choose")}>
          <div className="choices">
            {items.map((item) => (
              <label key={item.id} className="choice">
                <input
                  type="radio"
                  name="duplicate"
                  value={item.id}
                  checked={chosen?.id === item.id}
                  onChange={() => onChoose(item)}
                />
                <span>
                  <strong>{format.text(item.name)}</strong>
                  <span className="choice__hint">
                    {[labels.type(item.type), item.bin, item.regionsServed.map(labels.region).join(", ")]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </FieldsetField>
      )}
    </>
  );
}

function MergeForm({ kept }: { kept: TOrganization }) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const labels = useLabels();
  const merge = useMergePartner(kept.id);
  const [chosen, setChosen] = useState<TOrganization | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<{
    duplicate: TOrganization;
    outcome: TOrganizationMergeResult;
  } | null>(null);
  if (result) return <MergeResult kept={kept} duplicate={result.duplicate} outcome={result.outcome} />;
  const names = chosen ? { duplicate: format.text(chosen.name), kept: format.text(kept.name) } : null;
  const onConfirm = async () => {
    if (!chosen) return;
    try {
      const outcome = await merge.mutateAsync({ duplicateId: chosen.id, version: kept.version });
      setResult({ duplicate: chosen, outcome });
      toast.show(t("app.partners.merge.done", names ?? {}));
    } catch (error) {
      toast.show(error instanceof ApiError ? error.message : t("app.error.unexpected"), "error");
    } finally {
      setConfirming(false);
    }
  };
  return (
    <>
      <p>{t("app.partners.merge.intro")}</p>
      <CandidatePicker kept={kept} labels={labels} chosen={chosen} onChoose={setChosen} />
      {chosen && names ? (
        <>
          <MergeComparison kept={kept} duplicate={chosen} labels={labels} />
          <div className="form__actions">
            <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
              {t("app.partners.merge.submit")}
            </button>
          </div>
          <ConfirmDialog
            open={confirming}
            title={t("app.partners.merge.confirm", names)}
            confirmLabel={t("app.partners.merge.submit")}
            tone="danger"
            busy={merge.isPending}
            onConfirm={onConfirm}
            onCancel={() => setConfirming(false)}
          >
            <ul>
              <li>{t("app.partners.merge.will_move", names)}</li>
              <li>{t("app.partners.merge.will_fill", names)}</li>
              <li>{t("app.partners.merge.will_archive", names)}</li>
            </ul>
          </ConfirmDialog>
        </>
      ) : null}
    </>
  );
}

export function MergePartnerScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const partner = useQuery(partnerQueryOptions(id));
  const name = partner.data ? format.text(partner.data.name) : undefined;
  const title = name ? t("app.partners.merge.title", { name }) : t("app.partners.merge.action");
  useDocumentTitle(title);
  return (
    <section aria-labelledby="merge-title">
      <p className="breadcrumb">
        <Link to="/partners/$id" params={{ id }} activeOptions={EXACT}>
          {name ?? t("app.partners.one")}
        </Link>
      </p>
      <h1 id="merge-title">{title}</h1>
      {partner.isPending ? (
        <LoadingState />
      ) : partner.isError ? (
        <ErrorState error={partner.error} onRetry={() => partner.refetch()} />
      ) : partner.data.permissions.merge ? (
        <MergeForm key={partner.data.id} kept={partner.data} />
      ) : (
        <ErrorState error={new ApiError(403, "forbidden", "")} />
      )}
    </section>
  );
}
