import { useState } from "react";
import { type FieldError, useFieldArray, useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { TBranch } from "../../../../shared/contracts/branches.ts";
import type { TMemorandumCreate, TPartyInput } from "../../../../shared/contracts/memoranda.ts";
import type { TLocalizedText } from "../../../../shared/localized-text.ts";
import { FieldsetField, FormField } from "../../../components/ui/form-field.tsx";
import { useFormat } from "../../../lib/format.ts";
import { NewPartnerDialog } from "./new-partner-dialog.tsx";
import { PartnerPicker } from "./partner-picker.tsx";

export type PartyNames = Record<string, TLocalizedText>;

const keyOf = (party: TPartyInput) => (party.kind === "branch" ? party.branchId : party.organizationId);
const nullIfEmpty = (value: unknown) => (value === "" ? null : value);

export interface MemorandumPartiesFieldsProps {
  branchChoices: readonly TBranch[];
  /** Names of the parties by branch or organization id (the form values hold ids only). */
  names: PartyNames;
  onName: (id: string, name: TLocalizedText) => void;
  canCreatePartner: boolean;
  /** Regions a partner registered here may serve; null for any. */
  partnerRegions: readonly string[] | null;
}

/** Branches (checkboxes), partners (search or register), and who signs for each party. */
export function MemorandumPartiesFields(props: MemorandumPartiesFieldsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { control, register, formState } = useFormContext<TMemorandumCreate>();
  const { fields, append, remove } = useFieldArray({ control, name: "parties" });
  const [registering, setRegistering] = useState(false);
  const parties = fields as unknown as Array<TPartyInput & { id: string }>;
  const indexOf = (id: string) => parties.findIndex((party) => keyOf(party) === id);
  const nameOf = (id: string) => format.text(props.names[id]) || id;
  const errors = formState.errors.parties as
    | (FieldError & { root?: FieldError } & Record<number, Record<string, FieldError> & FieldError>)
    | undefined;
  const wholeError = errors?.message ?? errors?.root?.message;
  // Branches already party stay listed even when outside the caller's choices (another region's).
  const branchIds = [
    ...props.branchChoices.map((branch) => branch.id),
    ...parties.flatMap((party) =>
      party.kind === "branch" && !props.branchChoices.some((b) => b.id === party.branchId)
        ? [party.branchId]
        : [],
    ),
  ];
  const partners = parties.filter((party) => party.kind === "organization");
  const addPartner = (id: string, name: TLocalizedText) => {
    props.onName(id, name);
    if (indexOf(id) < 0)
      append({ kind: "organization", organizationId: id, signatoryName: null, signatoryPosition: null });
  };

  return (
    <FieldsetField legend={t("app.memoranda.field.parties")} error={wholeError} required>
      <fieldset className="fieldset memo-parties__group">
        <legend className="field__label">{t("app.memoranda.parties.branches")}</legend>
        {branchIds.length === 0 ? <p className="muted">{t("app.memoranda.parties.no_branches")}</p> : null}
        <div className="choices">
          {branchIds.map((id) => (
            <label key={id} className="choice">
              <input
                type="checkbox"
                checked={indexOf(id) >= 0}
                onChange={(event) => {
                  if (event.target.checked) {
                    append({ kind: "branch", branchId: id, signatoryName: null, signatoryPosition: null });
                  } else remove(indexOf(id));
                }}
              />
              <span>{nameOf(id)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="fieldset memo-parties__group">
        <legend className="field__label">{t("app.memoranda.parties.partners")}</legend>
        {partners.length === 0 ? (
          <p className="muted">{t("app.memoranda.parties.no_partners")}</p>
        ) : (
          <ul className="chosen-list">
            {partners.map((party) => {
              const id = keyOf(party);
              return (
                <li key={id}>
                  <span>{nameOf(id)}</span>
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => remove(indexOf(id))}
                  >
                    {t("app.memoranda.parties.remove")}
                    <span className="visually-hidden"> {nameOf(id)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <PartnerPicker
          label={t("app.memoranda.parties.find_partner")}
          actionLabel={t("app.memoranda.parties.add")}
          excludeIds={partners.map(keyOf)}
          onPick={(organization) => addPartner(organization.id, organization.name)}
        />
        {props.canCreatePartner ? (
          <p>
            <button type="button" className="button button--secondary" onClick={() => setRegistering(true)}>
              {t("app.memoranda.partner.new_title")}
            </button>
          </p>
        ) : null}
      </fieldset>

      {parties.length > 0 ? (
        <fieldset className="fieldset memo-parties__group">
          <legend className="field__label">{t("app.memoranda.parties.signatories")}</legend>
          <p className="field__description">{t("app.memoranda.parties.signatories_hint")}</p>
          {parties.map((party, index) => (
            <div key={party.id} className="memo-signatory">
              <p className="memo-signatory__party">{nameOf(keyOf(party))}</p>
              {errors?.[index]?.message ? <p className="field__error">{errors[index].message}</p> : null}
              <FormField
                label={
                  <>
                    {t("app.memoranda.field.signatory_name")}
                    <span className="visually-hidden"> ({nameOf(keyOf(party))})</span>
                  </>
                }
                error={errors?.[index]?.signatoryName?.message}
              >
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    {...register(`parties.${index}.signatoryName`, { setValueAs: nullIfEmpty })}
                  />
                )}
              </FormField>
              <FormField
                label={
                  <>
                    {t("app.memoranda.field.signatory_position")}
                    <span className="visually-hidden"> ({nameOf(keyOf(party))})</span>
                  </>
                }
                error={errors?.[index]?.signatoryPosition?.message}
              >
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    {...register(`parties.${index}.signatoryPosition`, { setValueAs: nullIfEmpty })}
                  />
                )}
              </FormField>
            </div>
          ))}
        </fieldset>
      ) : null}

      <NewPartnerDialog
        open={registering}
        allowedRegions={props.partnerRegions}
        onClose={() => setRegistering(false)}
        onCreated={(organization) => {
          setRegistering(false);
          addPartner(organization.id, organization.name);
        }}
      />
    </FieldsetField>
  );
}
