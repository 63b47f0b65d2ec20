import { useQuery } from "@tanstack/react-query";
import { useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { TUserCreate } from "../../../../shared/contracts/users.ts";
import { LOCALES, ROLES } from "../../../../shared/vocabulary.ts";
import { FieldsetField, FormField } from "../../../components/ui/form-field.tsx";
import { useFormat } from "../../../lib/format.ts";
import { regionsQueryOptions } from "../../../lib/regions.api.ts";
import { organizationChoicesQueryOptions } from "../api/users.api.ts";

/** Role, then the scope that role needs: regions for a coordinator, an organization for a partner. */
export function UserScopeFields() {
  const { t } = useTranslation();
  const format = useFormat();
  const { register, watch, formState } = useFormContext<TUserCreate>();
  const role = watch("role");
  const regions = useQuery({ ...regionsQueryOptions(), enabled: role === "coordinator" });
  const organizations = useQuery({ ...organizationChoicesQueryOptions(), enabled: role === "partner" });
  const errors = formState.errors;
  return (
    <>
      <FieldsetField legend={t("app.users.field.role")} error={errors.role?.message} required>
        <div className="choices">
          {ROLES.map((value) => (
            <label key={value} className="choice">
              <input type="radio" value={value} {...register("role")} />
              <span>
                <strong>{t(`app.role.${value}`)}</strong>
                <span className="choice__hint">{t(`app.role.${value}.hint`)}</span>
              </span>
            </label>
          ))}
        </div>
      </FieldsetField>
      {role === "coordinator" ? (
        <FieldsetField legend={t("app.users.field.regions")} error={errors.regionCodes?.message} required>
          <div className="choices choices--columns">
            {(regions.data ?? []).map((region) => (
              <label key={region.code} className="choice">
                <input type="checkbox" value={region.code} {...register("regionCodes")} />
                <span>{format.text(region.name)}</span>
              </label>
            ))}
          </div>
        </FieldsetField>
      ) : null}
      {role === "partner" ? (
        <FormField label={t("app.users.field.organization")} error={errors.organizationId?.message} required>
          {(control) => (
            <select
              {...control}
              {...register("organizationId", { setValueAs: (value) => (value === "" ? null : value) })}
            >
              <option value="">{t("app.users.field.organization_choose")}</option>
              {(organizations.data ?? []).map((organization) => (
                <option key={organization.id} value={organization.id}>
                  {format.text(organization.name)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      ) : null}
      <FormField label={t("app.users.field.locale")} error={errors.locale?.message}>
        {(control) => (
          <select {...control} {...register("locale")}>
            {LOCALES.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {t(`app.language.${locale}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
    </>
  );
}

/** Only the scope the chosen role uses goes to the API. */
export function scopeOf(values: {
  role: TUserCreate["role"];
  regionCodes?: string[];
  organizationId?: string | null;
}) {
  return {
    role: values.role,
    regionCodes: values.role === "coordinator" ? (values.regionCodes ?? []) : [],
    organizationId: values.role === "partner" ? (values.organizationId ?? null) : null,
  };
}
