import { useQueries } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { FieldsetField } from "../../../components/ui/form-field.tsx";
import { useFormat } from "../../../lib/format.ts";
import { linkedMemorandumQueryOptions, linkedOrganizationQueryOptions } from "../api/initiatives.api.ts";

export interface InitiativePartnersFieldProps {
  memorandumIds: string[];
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
  /** A partner user's organization: it must take part in what it reports, so it stays ticked. */
  ownOrganizationId: string | null;
}

/**
 * The partner organizations taking part, offered from the parties of the chosen memoranda (plus any
 * already recorded that are not among them).
 */
export function InitiativePartnersField(props: InitiativePartnersFieldProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const memoranda = useQueries({
    queries: props.memorandumIds.map((id) => linkedMemorandumQueryOptions(id)),
  });
  const names = new Map<string, string>();
  for (const memorandum of memoranda) {
    for (const party of memorandum.data?.parties ?? []) {
      if (party.kind === "organization" && party.organizationId) {
        names.set(party.organizationId, format.text(party.name));
      }
    }
  }
  const others = [...props.value, ...(props.ownOrganizationId ? [props.ownOrganizationId] : [])].filter(
    (id, index, all) => !names.has(id) && all.indexOf(id) === index,
  );
  const otherOrganizations = useQueries({
    queries: others.map((id) => linkedOrganizationQueryOptions(id)),
  });
  others.forEach((id, index) => {
    const organization = otherOrganizations[index]?.data;
    names.set(id, organization ? format.text(organization.name) : t("app.loading"));
  });
  const toggle = (id: string, checked: boolean) =>
    props.onChange(checked ? [...props.value, id] : props.value.filter((other) => other !== id));
  return (
    <FieldsetField
      legend={t("app.initiatives.field.partners")}
      description={t("app.initiatives.partners.hint")}
      error={props.error}
    >
      {names.size === 0 ? (
        <p className="muted">{t("app.initiatives.partners.none")}</p>
      ) : (
        <div className="choices">
          {[...names].map(([id, name]) => {
            const own = id === props.ownOrganizationId;
            return (
              <label key={id} className="choice">
                <input
                  type="checkbox"
                  checked={own || props.value.includes(id)}
                  disabled={own}
                  onChange={(event) => toggle(id, event.target.checked)}
                />
                <span>
                  {name}
                  {own ? <span className="choice__hint">{t("app.initiatives.partners.own")}</span> : null}
                </span>
              </label>
            );
          })}
        </div>
      )}
    </FieldsetField>
  );
}
