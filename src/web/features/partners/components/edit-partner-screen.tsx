import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useRef } from "react";
import { FormProvider } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { type TOrganization, ZOrganizationCreate } from "../../../../shared/contracts/organizations.ts";
import { ErrorState, LoadingState } from "../../../components/ui/states.tsx";
import { useToast } from "../../../components/ui/toast.tsx";
import { UnsavedChangesGuard } from "../../../components/ui/unsaved-changes-guard.tsx";
import { ApiError } from "../../../lib/api-client.ts";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import { useFormat } from "../../../lib/format.ts";
import { applyApiErrors, useContractForm } from "../../../lib/use-contract-form.ts";
import { partnerQueryOptions, useUpdatePartner } from "../api/partners.api.ts";
import { changedFields, textOrNull } from "../lib/changed-fields.ts";
import { useLabels } from "../lib/labels.ts";
import { EXACT } from "../lib/links.ts";
import { PARTNER_FIELDS, PartnerFields, type PartnerFormValues } from "./partner-fields.tsx";

export function partnerFormValues(partner: TOrganization): PartnerFormValues {
  return {
    name: partner.name,
    type: partner.type,
    level: partner.level,
    bin: partner.bin,
    regionsServed: partner.regionsServed,
    email: partner.email,
    phone: partner.phone,
    website: partner.website,
    contactName: partner.contactName,
    contactPosition: partner.contactPosition,
    targetGroups: partner.targetGroups,
    description: partner.description,
    status: partner.status,
    published: partner.published,
  };
}

function EditPartnerForm({ partner }: { partner: TOrganization }) {
  const { t } = useTranslation();
  const toast = useToast();
  const labels = useLabels();
  const navigate = useNavigate();
  const update = useUpdatePartner(partner.id);
  // What the form started from: a background refetch must not move the version the person edits against.
  const base = useRef({ version: partner.version, values: partnerFormValues(partner) });
  const form = useContractForm(ZOrganizationCreate, { defaultValues: base.current.values });
  const { isDirty, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    const next = { ...values, description: textOrNull(values.description) };
    const patch = changedFields(next, base.current.values);
    if (Object.keys(patch).length === 0) {
      toast.show(t("app.partners.nothing_changed"), "info");
      return;
    }
    try {
      const saved = await update.mutateAsync({ ...patch, version: base.current.version });
      base.current = { version: saved.version, values: partnerFormValues(saved) };
      form.reset(base.current.values);
      toast.show(t("app.partners.saved"));
      await navigate({ to: "/partners/$id", params: { id: partner.id } });
    } catch (error) {
      if (!applyApiErrors(error, form.setError, PARTNER_FIELDS)) {
        toast.show(error instanceof ApiError ? error.message : t("app.error.unexpected"), "error");
      }
    }
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="form">
        {/* Publication is an admin's decision; deleting rights mark the admin here. */}
        <PartnerFields labels={labels} canPublish={partner.permissions.delete} />
        <div className="form__actions">
          <button
            type="submit"
            className="button"
            disabled={isSubmitting}
            aria-busy={isSubmitting || undefined}
          >
            {t("app.action.save")}
          </button>
          <Link
            to="/partners/$id"
            params={{ id: partner.id }}
            activeOptions={EXACT}
            className="button button--secondary"
          >
            {t("app.action.cancel")}
          </Link>
        </div>
      </form>
      <UnsavedChangesGuard when={isDirty && !isSubmitting} />
    </FormProvider>
  );
}

export function EditPartnerScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const partner = useQuery(partnerQueryOptions(id));
  const name = partner.data ? format.text(partner.data.name) : undefined;
  useDocumentTitle(name ? t("app.partners.edit.title", { name }) : t("app.partners.edit.title_plain"));
  return (
    <section aria-labelledby="edit-partner-title" className="narrow">
      <p className="breadcrumb">
        <Link to="/partners/$id" params={{ id }} activeOptions={EXACT}>
          {name ?? t("app.partners.one")}
        </Link>
      </p>
      <h1 id="edit-partner-title">
        {name ? t("app.partners.edit.title", { name }) : t("app.partners.edit.title_plain")}
      </h1>
      {partner.isPending ? (
        <LoadingState />
      ) : partner.isError ? (
        <ErrorState error={partner.error} onRetry={() => partner.refetch()} />
      ) : partner.data.permissions.update ? (
        <EditPartnerForm key={partner.data.id} partner={partner.data} />
      ) : (
        <ErrorState error={new ApiError(403, "forbidden", "")} />
      )}
    </section>
  );
}
