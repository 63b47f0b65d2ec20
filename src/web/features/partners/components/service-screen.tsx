import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TService } from "../../../../shared/contracts/services.ts";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog.tsx";
import { ErrorState, LoadingState } from "../../../components/ui/states.tsx";
import { useToast } from "../../../components/ui/toast.tsx";
import { ApiError } from "../../../lib/api-client.ts";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import { useFormat } from "../../../lib/format.ts";
import { partnerQueryOptions } from "../api/partners.api.ts";
import { serviceQueryOptions, useDeleteService, useVerifyService } from "../api/services.api.ts";
import { useLabels } from "../lib/labels.ts";
import { RecordTags } from "./record-tags.tsx";
import { ServiceForm } from "./service-form.tsx";
import { ServiceSummary } from "./service-summary.tsx";
import { VerificationPanel } from "./verification-panel.tsx";

function DeleteService({ service }: { service: TService }) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const navigate = useNavigate();
  const remove = useDeleteService(service.id);
  const [confirming, setConfirming] = useState(false);
  const name = format.text(service.name);
  const onConfirm = async () => {
    try {
      await remove.mutateAsync();
      toast.show(t("app.services.deleted", { name }));
      await navigate({ to: "/partners/$id", params: { id: service.organizationId }, ignoreBlocker: true });
    } catch (error) {
      toast.show(error instanceof ApiError ? error.message : t("app.error.unexpected"), "error");
      setConfirming(false);
    }
  };
  return (
    <section className="danger-zone" aria-labelledby="service-delete">
      <h2 id="service-delete">{t("app.services.delete.title")}</h2>
      <p>{t("app.services.delete.hint")}</p>
      <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
        {t("app.services.delete.action")}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t("app.services.delete.confirm", { name })}
        confirmLabel={t("app.services.delete.action")}
        tone="danger"
        busy={remove.isPending}
        onConfirm={onConfirm}
        onCancel={() => setConfirming(false)}
      >
        <p>{t("app.services.delete.hint")}</p>
      </ConfirmDialog>
    </section>
  );
}

function ServiceDetails({ service }: { service: TService }) {
  const labels = useLabels();
  const verify = useVerifyService(service.id);
  return (
    <>
      <p className="page-tags">
        <RecordTags record={service} labels={labels} kind="service" />
      </p>
      <VerificationPanel
        lastVerifiedAt={service.lastVerifiedAt}
        canVerify={service.permissions.verify}
        busy={verify.isPending}
        onVerify={() => verify.mutateAsync()}
      />
      {service.permissions.update ? (
        <ServiceForm
          key={service.id}
          organizationId={service.organizationId}
          service={service}
          cancel={null}
        />
      ) : (
        <ServiceSummary service={service} labels={labels} />
      )}
      {service.permissions.delete ? <DeleteService service={service} /> : null}
    </>
  );
}

export function ServiceScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const service = useQuery(serviceQueryOptions(id));
  const organizationId = service.data?.organizationId;
  const partner = useQuery({
    ...partnerQueryOptions(organizationId ?? ""),
    enabled: Boolean(organizationId),
  });
  const name = service.data ? format.text(service.data.name) : undefined;
  useDocumentTitle(name ?? t("app.services.one"));
  return (
    <section aria-labelledby="service-title" className="narrow">
      <p className="breadcrumb">
        {organizationId ? (
          <Link to="/partners/$id" params={{ id: organizationId }}>
            {partner.data ? format.text(partner.data.name) : t("app.partners.one")}
          </Link>
        ) : (
          <Link to="/services">{t("app.nav.services")}</Link>
        )}
      </p>
      <h1 id="service-title">{name ?? t("app.services.one")}</h1>
      {service.isPending ? (
        <LoadingState />
      ) : service.isError ? (
        <ErrorState error={service.error} onRetry={() => service.refetch()} />
      ) : (
        <ServiceDetails service={service.data} />
      )}
    </section>
  );
}
