import { Link, useNavigate } from "@tanstack/react-router";
import { FormProvider } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { ZOrganizationCreate } from "../../../../shared/contracts/organizations.ts";
import { useToast } from "../../../components/ui/toast.tsx";
import { UnsavedChangesGuard } from "../../../components/ui/unsaved-changes-guard.tsx";
import { ApiError } from "../../../lib/api-client.ts";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import { useFormat } from "../../../lib/format.ts";
import { applyApiErrors, useContractForm } from "../../../lib/use-contract-form.ts";
import { useCreatePartner } from "../api/partners.api.ts";
import { textOrNull } from "../lib/changed-fields.ts";
import { useLabels } from "../lib/labels.ts";
import { EXACT } from "../lib/links.ts";
import { PARTNER_FIELDS, PartnerFields, type PartnerFormValues } from "./partner-fields.tsx";

/** `regionCodes`: a coordinator's regions; one of them is the obvious choice, so it starts ticked. */
export function NewPartnerScreen({ regionCodes }: { regionCodes: readonly string[] }) {
  const { t } = useTranslation();
  useDocumentTitle(t("app.partners.new.title"));
  const toast = useToast();
  const labels = useLabels();
  const format = useFormat();
  const navigate = useNavigate();
  const create = useCreatePartner();
  const defaultValues: PartnerFormValues = {
    name: {},
    type: "public_association",
    level: "city",
    bin: null,
    regionsServed: regionCodes.length === 1 ? [...regionCodes] : [],
    email: null,
    phone: null,
    website: null,
    contactName: null,
    contactPosition: null,
    targetGroups: [],
    description: null,
    status: "active",
    published: true,
  };
  const form = useContractForm(ZOrganizationCreate, { defaultValues });
  const { isDirty, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const created = await create.mutateAsync({ ...values, description: textOrNull(values.description) });
      form.reset(values); // saved: leaving is safe
      toast.show(t("app.partners.created", { name: format.text(created.name) }));
      await navigate({ to: "/partners/$id", params: { id: created.id } });
    } catch (error) {
      if (!applyApiErrors(error, form.setError, PARTNER_FIELDS)) {
        toast.show(error instanceof ApiError ? error.message : t("app.error.unexpected"), "error");
      }
    }
  });

  return (
    <section aria-labelledby="new-partner-title" className="narrow">
      <p className="breadcrumb">
        <Link to="/partners" activeOptions={EXACT}>
          {t("app.nav.partners")}
        </Link>
      </p>
      <h1 id="new-partner-title">{t("app.partners.new.title")}</h1>
      {regionCodes.length > 0 ? <p>{t("app.partners.new.coordinator_hint")}</p> : null}
      <FormProvider {...form}>
        <form onSubmit={onSubmit} noValidate className="form">
          <PartnerFields labels={labels} canPublish />
          <div className="form__actions">
            <button
              type="submit"
              className="button"
              disabled={isSubmitting}
              aria-busy={isSubmitting || undefined}
            >
              {t("app.partners.new.submit")}
            </button>
            <Link to="/partners" activeOptions={EXACT} className="button button--secondary">
              {t("app.action.cancel")}
            </Link>
          </div>
        </form>
      </FormProvider>
      <UnsavedChangesGuard when={isDirty && !isSubmitting} />
    </section>
  );
}
