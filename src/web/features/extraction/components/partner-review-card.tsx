import { useId } from "react";
import { useTranslation } from "react-i18next";
import { ORGANIZATION_LEVELS, ORGANIZATION_TYPES } from "../../../../shared/vocabulary.ts";
import { FormField } from "../../../components/ui/form-field.tsx";
import { LocalizedTextField } from "../../../components/ui/localized-text-field.tsx";
import { useFormat } from "../../../lib/format.ts";
// The memoranda feature's organization search, so merging here finds what the memorandum form finds.
import { PartnerPicker } from "../../memoranda/components/partner-picker.tsx";
import type {
  ExistingRecord,
  OrganizationLevel,
  OrganizationType,
  PartnerMode,
  PartnerReview,
} from "../lib/review-state.ts";

export interface PartnerReviewCardProps {
  partner: PartnerReview;
  /** How sure the extraction was of the organization it matched, 0–1; null when nothing was matched. */
  matchScore: number | null;
  language: string;
  onMode: (mode: PartnerMode) => void;
  onMerge: (record: ExistingRecord) => void;
  onEdit: (patch: Partial<Pick<PartnerReview, "name" | "type" | "level">>) => void;
}

const MODES: PartnerMode[] = ["new", "existing", "drop"];

/** One partner the text names: create it, take it as an organization already registered, or leave it out. */
export function PartnerReviewCard({
  partner,
  matchScore,
  language,
  onMode,
  onMerge,
  onEdit,
}: PartnerReviewCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  return (
    <fieldset className={`extract-partner extract-partner--${partner.mode}`}>
      <legend className="extract-partner__legend" lang={language}>
        {partner.text}
      </legend>
      <div className="choices" role="radiogroup" aria-label={t("app.extraction.partner.mode_label")}>
        {MODES.map((mode) => (
          <label key={mode} className="choice">
            <input
              type="radio"
              name={`${id}-mode`}
              value={mode}
              checked={partner.mode === mode}
              onChange={() => onMode(mode)}
            />
            <span>{t(`app.extraction.partner.mode.${mode}`)}</span>
          </label>
        ))}
      </div>
      {partner.mode === "new" ? (
        <div className="extract-partner__fields">
          <LocalizedTextField
            label={t("app.extraction.partner.name")}
            required
            value={partner.name}
            initialLocale={language === "ru" ? "ru" : "kk"}
            onChange={(name) => onEdit({ name })}
          />
          <FormField label={t("app.extraction.partner.type")}>
            {(control) => (
              <select
                {...control}
                value={partner.type}
                onChange={(e) => onEdit({ type: e.target.value as OrganizationType })}
              >
                {ORGANIZATION_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`site.organization.type.${type}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label={t("app.extraction.partner.level")}>
            {(control) => (
              <select
                {...control}
                value={partner.level}
                onChange={(e) => onEdit({ level: e.target.value as OrganizationLevel })}
              >
                {ORGANIZATION_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {t(`app.partners.level.${level}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
      ) : null}
      {partner.mode === "existing" ? (
        <div className="extract-partner__fields">
          {partner.existing ? (
            <p className="extract-partner__existing">
              {t("app.extraction.partner.existing", { name: format.text(partner.existing.name) })}
              {matchScore !== null
                ? ` ${t("app.extraction.partner.matched", { percent: Math.round(matchScore * 100) })}`
                : null}
            </p>
          ) : (
            <p className="field__error">{t("app.extraction.problem.partner_pick")}</p>
          )}
          <PartnerPicker
            label={t("app.extraction.partner.search")}
            actionLabel={t("app.extraction.partner.pick")}
            excludeIds={partner.existing ? [partner.existing.id] : []}
            onPick={(organization) => onMerge({ id: organization.id, name: organization.name })}
          />
        </div>
      ) : null}
    </fieldset>
  );
}
