import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useRef, useState } from "react";
import { FormProvider } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { TOrganization } from "../../../../shared/contracts/organizations.ts";
import { type TLocation, ZLocationCreate } from "../../../../shared/contracts/services.ts";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog.tsx";
import { ErrorState, LoadingState } from "../../../components/ui/states.tsx";
import { useToast } from "../../../components/ui/toast.tsx";
import { UnsavedChangesGuard } from "../../../components/ui/unsaved-changes-guard.tsx";
import { ApiError } from "../../../lib/api-client.ts";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import { useFormat } from "../../../lib/format.ts";
import { applyApiErrors, useContractForm } from "../../../lib/use-contract-form.ts";
import {
  locationQueryOptions,
  useCreateLocation,
  useDeleteLocation,
  useUpdateLocation,
} from "../api/locations.api.ts";
import { partnerQueryOptions } from "../api/partners.api.ts";
import { changedFields, textOrNull } from "../lib/changed-fields.ts";
import { useLabels } from "../lib/labels.ts";
import { EXACT } from "../lib/links.ts";
import { LOCATION_FIELDS, LocationFields, type LocationFormValues } from "./location-fields.tsx";

const valuesOf = (location: TLocation): LocationFormValues => ({
  name: location.name,
  regionCode: location.regionCode,
  locality: location.locality,
  address: location.address,
  postalCode: location.postalCode,
  latitude: location.latitude,
  longitude: location.longitude,
});

function DeleteLocation({ partner, location }: { partner: TOrganization; location: TLocation }) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const remove = useDeleteLocation(partner.id, location.id);
  const [confirming, setConfirming] = useState(false);
  const onConfirm = async () => {
    try {
      await remove.mutateAsync();
      toast.show(t("app.partners.location.deleted"));
      await navigate({ to: "/partners/$id", params: { id: partner.id }, ignoreBlocker: true });
    } catch (error) {
      toast.show(error instanceof ApiError ? error.message : t("app.error.unexpected"), "error");
      setConfirming(false);
    }
  };
  return (
    <section className="danger-zone" aria-labelledby="location-delete">
      <h2 id="location-delete">{t("app.partners.location.delete")}</h2>
      <p>{t("app.partners.location.delete_hint")}</p>
      <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
        {t("app.partners.location.delete")}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t("app.partners.location.delete_confirm")}
        confirmLabel={t("app.partners.location.delete")}
        tone="danger"
        busy={remove.isPending}
        onConfirm={onConfirm}
        onCancel={() => setConfirming(false)}
      >
        <p>{t("app.partners.location.delete_hint")}</p>
      </ConfirmDialog>
    </section>
  );
}

function LocationForm({ partner, location }: { partner: TOrganization; location: TLocation | null }) {
  const { t } = useTranslation();
  const toast = useToast();
  const labels = useLabels();
  const navigate = useNavigate();
  const create = useCreateLocation(partner.id);
  const update = useUpdateLocation(partner.id, location?.id ?? "");
  const base = useRef({
    version: location?.version ?? 0,
    values: location
      ? valuesOf(location)
      : ({
          name: null,
          regionCode: partner.regionsServed[0] ?? "KZ-71",
          locality: {},
          address: {},
          postalCode: null,
          latitude: null,
          longitude: null,
        } satisfies LocationFormValues),
  });
  const form = useContractForm(ZLocationCreate, { defaultValues: base.current.values });
  const { isDirty, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    const next = { ...values, name: textOrNull(values.name) };
    try {
      if (location) {
        const patch = changedFields(next, base.current.values);
        if (Object.keys(patch).length > 0) {
          const saved = await update.mutateAsync({ ...patch, version: base.current.version });
          base.current = { version: saved.version, values: valuesOf(saved) };
        }
      } else {
        await create.mutateAsync(next);
      }
      form.reset(base.current.values);
      toast.show(t("app.partners.location.saved"));
      await navigate({ to: "/partners/$id", params: { id: partner.id } });
    } catch (error) {
      if (!applyApiErrors(error, form.setError, LOCATION_FIELDS)) {
        toast.show(error instanceof ApiError ? error.message : t("app.error.unexpected"), "error");
      }
    }
  });

  return (
    <>
      <FormProvider {...form}>
        <form onSubmit={onSubmit} noValidate className="form">
          <LocationFields labels={labels} />
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
      </FormProvider>
      {location?.permissions.delete ? <DeleteLocation partner={partner} location={location} /> : null}
      <UnsavedChangesGuard when={isDirty && !isSubmitting} />
    </>
  );
}

/** Adds a place (`locationId` absent) or changes one of the organization's places. */
export function LocationScreen({
  organizationId,
  locationId,
}: {
  organizationId: string;
  locationId?: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const partner = useQuery(partnerQueryOptions(organizationId));
  const location = useQuery({ ...locationQueryOptions(locationId ?? ""), enabled: Boolean(locationId) });
  const title = locationId ? t("app.partners.location.edit_title") : t("app.partners.locations.add");
  useDocumentTitle(title);
  const wrongOrganization = location.data && location.data.organizationId !== organizationId;
  const failed = partner.error ?? location.error;
  return (
    <section aria-labelledby="location-title" className="narrow">
      <p className="breadcrumb">
        <Link to="/partners/$id" params={{ id: organizationId }} activeOptions={EXACT}>
          {partner.data ? format.text(partner.data.name) : t("app.partners.one")}
        </Link>
      </p>
      <h1 id="location-title">{title}</h1>
      {failed ? (
        <ErrorState error={failed} />
      ) : !partner.data || (locationId && !location.data) ? (
        <LoadingState />
      ) : wrongOrganization ? (
        <ErrorState error={new ApiError(404, "not_found", "")} />
      ) : (location.data ?? partner.data).permissions.update ? (
        <LocationForm
          key={location.data?.id ?? "new"}
          partner={partner.data}
          location={location.data ?? null}
        />
      ) : (
        <ErrorState error={new ApiError(403, "forbidden", "")} />
      )}
    </section>
  );
}
