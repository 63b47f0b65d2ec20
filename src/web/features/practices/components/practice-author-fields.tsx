import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { FieldsetField, FormField } from "../../../components/ui/form-field.tsx";
import { useFormat } from "../../../lib/format.ts";
import type { TMe } from "../../auth/api/session.api.ts";
import { authorBranchesQueryOptions, authorOrganizationsQueryOptions } from "../api/practices.api.ts";
import type { PracticeFormValues } from "./practice-form.tsx";

type AuthorKind = "organization" | "branch" | "none";

const nullIfEmpty = (value: unknown) => (value === "" ? null : value);

/**
 * Who describes the practice: a partner organization or a branch, never both (the contract's rule).
 * A partner user writes for its own organization only, so it gets no choice.
 */
export function PracticeAuthorFields({ me }: { me: TMe }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { register, setValue, getValues, formState } = useFormContext<PracticeFormValues>();
  const [kind, setKind] = useState<AuthorKind>(() =>
    getValues("organizationId") ? "organization" : getValues("branchId") ? "branch" : "none",
  );
  const isPartner = me.user.role === "partner";
  const organizations = useQuery({
    ...authorOrganizationsQueryOptions(),
    enabled: kind === "organization" && !isPartner,
  });
  const branches = useQuery({ ...authorBranchesQueryOptions(), enabled: kind === "branch" });
  if (isPartner) return <p className="muted">{t("app.practices.author.own")}</p>;
  const choose = (next: AuthorKind) => {
    setKind(next);
    // Only the chosen side keeps a value, so the pair never names two authors.
    if (next !== "organization") setValue("organizationId", null, { shouldDirty: true });
    if (next !== "branch") setValue("branchId", null, { shouldDirty: true });
  };
  const errors = formState.errors;
  return (
    <>
      <FieldsetField legend={t("app.practices.field.author")}>
        <div className="choices">
          {(["organization", "branch", "none"] as const).map((value) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name="practice-author-kind"
                value={value}
                checked={kind === value}
                onChange={() => choose(value)}
              />
              <span>{t(`app.practices.author.${value}`)}</span>
            </label>
          ))}
        </div>
      </FieldsetField>
      {kind === "organization" ? (
        <FormField
          label={t("app.practices.field.organization")}
          error={errors.organizationId?.message}
          required
        >
          {(control) =>
            // Registered once the choices are there, so the stored value finds its option.
            organizations.data ? (
              <select {...control} {...register("organizationId", { setValueAs: nullIfEmpty })}>
                <option value="">{t("app.practices.author.choose")}</option>
                {organizations.data.map((organization) => (
                  <option key={organization.id} value={organization.id}>
                    {format.text(organization.name)}
                  </option>
                ))}
              </select>
            ) : (
              <select {...control} disabled>
                <option>{t("app.loading")}</option>
              </select>
            )
          }
        </FormField>
      ) : null}
      {kind === "branch" ? (
        <FormField label={t("app.practices.field.branch")} error={errors.branchId?.message} required>
          {(control) =>
            branches.data ? (
              <select {...control} {...register("branchId", { setValueAs: nullIfEmpty })}>
                <option value="">{t("app.practices.author.choose")}</option>
                {branches.data.map((branch) => (
                  <option key={branch.id} value={branch.id}>
                    {format.text(branch.name)}
                  </option>
                ))}
              </select>
            ) : (
              <select {...control} disabled>
                <option>{t("app.loading")}</option>
              </select>
            )
          }
        </FormField>
      ) : null}
    </>
  );
}
