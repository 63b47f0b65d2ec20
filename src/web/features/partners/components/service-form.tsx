import { useNavigate } from "@tanstack/react-router";
import { type ReactNode, useRef } from "react";
import { FormProvider } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { type TService, ZServiceCreate } from "../../../../shared/contracts/services.ts";
import { useToast } from "../../../components/ui/toast.tsx";
import { UnsavedChangesGuard } from "../../../components/ui/unsaved-changes-guard.tsx";
import { ApiError } from "../../../lib/api-client.ts";
import { applyApiErrors, useContractForm } from "../../../lib/use-contract-form.ts";
import { useCreateService, useUpdateService } from "../api/services.api.ts";
import { changedFields, textOrNull } from "../lib/changed-fields.ts";
import { useLabels } from "../lib/labels.ts";
import { ServiceAboutFields, type ServiceFormValues } from "./service-about-fields.tsx";
import { ServiceAccessFields } from "./service-access-fields.tsx";
import { ServiceContactFields } from "./service-contact-fields.tsx";

const SERVICE_FIELDS = [
  "name",
  "description",
  "categoryCodes",
  "targetGroups",
  "status",
  "published",
  "minAge",
  "maxAge",
  "cost",
  "feesDescription",
  "languages",
  "applicationProcess",
  "schedule",
  "referralRequirement",
  "referralNote",
  "hasWaitlist",
  "waitlistNote",
  "capacity",
  "stateFundedPlaces",
  "email",
  "phone",
  "url",
  "assuredDate",
  "locationIds",
] as const;

export function serviceFormValues(service: TService): ServiceFormValues {
  return {
    organizationId: service.organizationId,
    name: service.name,
    description: service.description,
    categoryCodes: service.categoryCodes,
    targetGroups: service.targetGroups,
    status: service.status,
    published: service.published,
    minAge: service.minAge,
    maxAge: service.maxAge,
    cost: service.cost,
    feesDescription: service.feesDescription,
    languages: service.languages,
    applicationProcess: service.applicationProcess,
    schedule: service.schedule,
    referralRequirement: service.referralRequirement,
    referralNote: service.referralNote,
    hasWaitlist: service.hasWaitlist,
    waitlistNote: service.waitlistNote,
    capacity: service.capacity,
    stateFundedPlaces: service.stateFundedPlaces,
    email: service.email,
    phone: service.phone,
    url: service.url,
    assuredDate: service.assuredDate,
    locationIds: service.locations.map((location) => location.id),
  };
}

const emptyService = (organizationId: string): ServiceFormValues => ({
  organizationId,
  name: {},
  description: null,
  categoryCodes: [],
  targetGroups: [],
  status: "active",
  published: true,
  minAge: null,
  maxAge: null,
  cost: "free",
  feesDescription: null,
  languages: [],
  applicationProcess: null,
  schedule: null,
  referralRequirement: "none",
  referralNote: null,
  hasWaitlist: false,
  waitlistNote: null,
  capacity: null,
  stateFundedPlaces: null,
  email: null,
  phone: null,
  url: null,
  assuredDate: null,
  locationIds: [],
});

/** Optional texts per language left empty are stored as nothing. */
function normalized<Values extends ServiceFormValues>(values: Values): Values {
  return {
    ...values,
    description: textOrNull(values.description),
    feesDescription: textOrNull(values.feesDescription),
    applicationProcess: textOrNull(values.applicationProcess),
    schedule: textOrNull(values.schedule),
    referralNote: textOrNull(values.referralNote),
    waitlistNote: textOrNull(values.waitlistNote),
  };
}

/** Every directory field of a service; creates one (`service` null) or saves only what changed. */
export function ServiceForm({
  organizationId,
  service,
  cancel,
}: {
  organizationId: string;
  service: TService | null;
  cancel: ReactNode;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const labels = useLabels();
  const navigate = useNavigate();
  const create = useCreateService();
  const update = useUpdateService(service?.id ?? "");
  const base = useRef({
    version: service?.version ?? 0,
    values: service ? serviceFormValues(service) : emptyService(organizationId),
  });
  const form = useContractForm(ZServiceCreate, { defaultValues: base.current.values });
  const { isDirty, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      if (service) {
        const { organizationId: _same, ...patch } = changedFields(normalized(values), base.current.values);
        if (Object.keys(patch).length === 0) {
          toast.show(t("app.partners.nothing_changed"), "info");
          return;
        }
        const saved = await update.mutateAsync({ ...patch, version: base.current.version });
        base.current = { version: saved.version, values: serviceFormValues(saved) };
        form.reset(base.current.values);
        toast.show(t("app.services.saved"));
      } else {
        const created = await create.mutateAsync(normalized(values));
        form.reset(values);
        toast.show(t("app.services.created"));
        await navigate({ to: "/services/$id", params: { id: created.id } });
      }
    } catch (error) {
      if (!applyApiErrors(error, form.setError, SERVICE_FIELDS)) {
        toast.show(error instanceof ApiError ? error.message : t("app.error.unexpected"), "error");
      }
    }
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="form">
        <ServiceAboutFields labels={labels} />
        <ServiceAccessFields labels={labels} />
        <ServiceContactFields organizationId={organizationId} />
        <div className="form__actions">
          <button
            type="submit"
            className="button"
            disabled={isSubmitting}
            aria-busy={isSubmitting || undefined}
          >
            {t(service ? "app.action.save" : "app.services.new.submit")}
          </button>
          {cancel}
        </div>
      </form>
      <UnsavedChangesGuard when={isDirty && !isSubmitting} />
    </FormProvider>
  );
}
