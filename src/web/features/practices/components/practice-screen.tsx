import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TPractice, TPracticeCreate } from "../../../../shared/contracts/practices.ts";
import { AttachmentsPanel } from "../../../components/ui/attachments-panel.tsx";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog.tsx";
import { ErrorState, LoadingState } from "../../../components/ui/states.tsx";
import { useToast } from "../../../components/ui/toast.tsx";
import { ApiError } from "../../../lib/api-client.ts";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import { useFormat } from "../../../lib/format.ts";
import type { TMe } from "../../auth/api/session.api.ts";
import { practiceQueryOptions, useDeletePractice, useUpdatePractice } from "../api/practices.api.ts";
import { PracticeDetails } from "./practice-details.tsx";
import { PracticeForm } from "./practice-form.tsx";
import { ReplicationsEditor, ReplicationsList } from "./replications-editor.tsx";

const FILE_TYPES = "application/pdf,image/jpeg,image/png,image/webp";

export const valuesOf = (practice: TPractice): TPracticeCreate => ({
  title: practice.title,
  summary: practice.summary,
  body: practice.body,
  tags: practice.tags,
  organizationId: practice.organizationId,
  branchId: practice.branchId,
  regionCode: practice.regionCode,
  published: practice.published,
});

function DeletePractice({ practice }: { practice: TPractice }) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const navigate = useNavigate();
  const remove = useDeletePractice(practice.id);
  const [confirming, setConfirming] = useState(false);
  const title = format.text(practice.title);
  const onConfirm = async () => {
    try {
      await remove.mutateAsync();
      toast.show(t("app.practices.deleted", { title }));
      await navigate({ to: "/practices", ignoreBlocker: true });
    } catch (error) {
      setConfirming(false);
      toast.show(error instanceof ApiError ? error.message : t("app.error.unexpected"), "error");
    }
  };
  return (
    <section className="danger-zone" aria-labelledby="practice-delete-title">
      <h2 id="practice-delete-title">{t("app.practices.delete.title")}</h2>
      <p>{t("app.practices.delete.hint")}</p>
      <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
        {t("app.practices.delete.action")}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t("app.practices.delete.confirm", { title })}
        confirmLabel={t("app.practices.delete.action")}
        tone="danger"
        busy={remove.isPending}
        onConfirm={onConfirm}
        onCancel={() => setConfirming(false)}
      >
        <p>{t("app.practices.delete.hint")}</p>
      </ConfirmDialog>
    </section>
  );
}

function PracticeBody({ practice, me }: { practice: TPractice; me: TMe }) {
  const { t } = useTranslation();
  const toast = useToast();
  const update = useUpdatePractice(practice.id);
  const canWrite = practice.permissions.update;
  return (
    <>
      {canWrite ? (
        <PracticeForm
          key={practice.id}
          me={me}
          defaultValues={valuesOf(practice)}
          submitLabel={t("app.action.save")}
          onSave={async (values) => {
            await update.mutateAsync({ ...values, version: practice.version });
            toast.show(t("app.practices.saved"));
          }}
        />
      ) : (
        <PracticeDetails practice={practice} />
      )}
      <AttachmentsPanel
        target="practice"
        targetId={practice.id}
        kind="attachment"
        heading={t("app.practices.files.title")}
        accept={FILE_TYPES}
        hint={t("app.practices.files.hint")}
        empty={t("app.practices.files.empty")}
      />
      <section aria-labelledby="practice-replications-title">
        <h2 id="practice-replications-title">{t("app.practices.replications.title")}</h2>
        <p className="muted">{t("app.practices.replications.hint")}</p>
        {canWrite ? (
          <ReplicationsEditor key={practice.id} practice={practice} />
        ) : (
          <ReplicationsList practice={practice} />
        )}
      </section>
      {practice.permissions.delete ? <DeletePractice practice={practice} /> : null}
    </>
  );
}

export function PracticeScreen({ id, me }: { id: string; me: TMe }) {
  const { t } = useTranslation();
  const format = useFormat();
  const practice = useQuery(practiceQueryOptions(id));
  const title = practice.data ? format.text(practice.data.title) : t("app.practices.one.title");
  useDocumentTitle(title);
  return (
    <section className="narrow" aria-labelledby="practice-title">
      <p className="breadcrumb">
        <Link to="/practices">{t("app.nav.practices")}</Link>
      </p>
      <h1 id="practice-title">{title}</h1>
      {practice.isPending ? (
        <LoadingState />
      ) : practice.isError ? (
        <ErrorState error={practice.error} onRetry={() => practice.refetch()} />
      ) : (
        <PracticeBody practice={practice.data} me={me} />
      )}
    </section>
  );
}
