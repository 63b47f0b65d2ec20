import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TInitiative, TInitiativeCreate } from "../../../../shared/contracts/initiatives.ts";
import { AttachmentsPanel } from "../../../components/ui/attachments-panel.tsx";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog.tsx";
import { ErrorState, LoadingState } from "../../../components/ui/states.tsx";
import { useToast } from "../../../components/ui/toast.tsx";
import { ApiError } from "../../../lib/api-client.ts";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import { useFormat } from "../../../lib/format.ts";
import type { TMe } from "../../auth/api/session.api.ts";
import { initiativeQueryOptions, useDeleteInitiative, useUpdateInitiative } from "../api/initiatives.api.ts";
import { InitiativeDetails } from "./initiative-details.tsx";
import { InitiativeForm } from "./initiative-form.tsx";

const IMAGE_TYPES = "image/jpeg,image/png,image/webp";

export const valuesOf = (initiative: TInitiative): TInitiativeCreate => ({
  type: initiative.type,
  title: initiative.title,
  description: initiative.description,
  outcome: initiative.outcome,
  startDate: initiative.startDate,
  endDate: initiative.endDate,
  regionCode: initiative.regionCode,
  reach: initiative.reach,
  memorandumIds: initiative.memorandumIds,
  organizationIds: initiative.organizationIds,
});

function DeleteInitiative({ initiative }: { initiative: TInitiative }) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const navigate = useNavigate();
  const remove = useDeleteInitiative(initiative.id);
  const [confirming, setConfirming] = useState(false);
  const title = format.text(initiative.title);
  const onConfirm = async () => {
    try {
      await remove.mutateAsync();
      toast.show(t("app.initiatives.deleted", { title }));
      await navigate({ to: "/initiatives", ignoreBlocker: true });
    } catch (error) {
      setConfirming(false);
      toast.show(error instanceof ApiError ? error.message : t("app.error.unexpected"), "error");
    }
  };
  return (
    <section className="danger-zone" aria-labelledby="initiative-delete-title">
      <h2 id="initiative-delete-title">{t("app.initiatives.delete.title")}</h2>
      <p>{t("app.initiatives.delete.hint")}</p>
      <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
        {t("app.initiatives.delete.action")}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t("app.initiatives.delete.confirm", { title })}
        confirmLabel={t("app.initiatives.delete.action")}
        tone="danger"
        busy={remove.isPending}
        onConfirm={onConfirm}
        onCancel={() => setConfirming(false)}
      >
        <p>{t("app.initiatives.delete.hint")}</p>
      </ConfirmDialog>
    </section>
  );
}

function InitiativeBody({ initiative, me }: { initiative: TInitiative; me: TMe }) {
  const { t } = useTranslation();
  const toast = useToast();
  const update = useUpdateInitiative(initiative.id);
  return (
    <>
      {initiative.permissions.update ? (
        <InitiativeForm
          key={initiative.id}
          me={me}
          defaultValues={valuesOf(initiative)}
          submitLabel={t("app.action.save")}
          cancelTo="/initiatives"
          onSave={async (values) => {
            await update.mutateAsync({ ...values, version: initiative.version });
            toast.show(t("app.initiatives.saved"));
          }}
        />
      ) : (
        <InitiativeDetails initiative={initiative} />
      )}
      <AttachmentsPanel
        target="initiative"
        targetId={initiative.id}
        kind="media"
        heading={t("app.initiatives.media.title")}
        accept={IMAGE_TYPES}
        hint={t("app.initiatives.media.hint")}
        empty={t("app.initiatives.media.empty")}
      />
      {initiative.permissions.delete ? <DeleteInitiative initiative={initiative} /> : null}
    </>
  );
}

export function InitiativeScreen({ id, me }: { id: string; me: TMe }) {
  const { t } = useTranslation();
  const format = useFormat();
  const initiative = useQuery(initiativeQueryOptions(id));
  const title = initiative.data ? format.text(initiative.data.title) : t("app.initiatives.one.title");
  useDocumentTitle(title);
  return (
    <section className="narrow" aria-labelledby="initiative-title">
      <p className="breadcrumb">
        <Link to="/initiatives">{t("app.nav.initiatives")}</Link>
      </p>
      <h1 id="initiative-title">{title}</h1>
      {initiative.isPending ? (
        <LoadingState />
      ) : initiative.isError ? (
        <ErrorState error={initiative.error} onRetry={() => initiative.refetch()} />
      ) : (
        <InitiativeBody initiative={initiative.data} me={me} />
      )}
    </section>
  );
}
