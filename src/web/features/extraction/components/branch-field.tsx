import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { BRANCH_KINDS } from "../../../../shared/vocabulary.ts";
import { FormField } from "../../../components/ui/form-field.tsx";
import { LocalizedTextField } from "../../../components/ui/localized-text-field.tsx";
import { useFormat } from "../../../lib/format.ts";
// The memoranda feature's branch choices: the same list a memorandum created by hand offers.
import { branchChoicesQueryOptions } from "../../memoranda/api/memoranda.api.ts";
import type { BranchChoice, BranchKind, EventReview, ExistingRecord } from "../lib/review-state.ts";

const NEW = "new";

export interface BranchFieldProps {
  event: EventReview;
  /** The regions whose branches are offered: the event's, or the coordinator's own. */
  regionCodes: readonly string[];
  /** How sure the extraction was of the branch it matched, 0–1; null when nothing was matched. */
  matchScore: number | null;
  language: string;
  onChange: (branch: BranchChoice) => void;
}

/** The branch party: the one the text names, found in the registry, another existing one, or a new one. */
export function BranchField({ event, regionCodes, matchScore, language, onChange }: BranchFieldProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const branches = useQuery(branchChoicesQueryOptions(regionCodes));
  const current = event.branch;
  const options: ExistingRecord[] = (branches.data ?? []).map(({ id, name }) => ({ id, name }));
  if (current?.mode === "existing" && !options.some((option) => option.id === current.record.id)) {
    options.unshift(current.record);
  }
  const newBranch: BranchChoice = {
    mode: "new",
    name: event.branchText ? { [language]: event.branchText } : {},
    kind: "regional",
  };
  const choose = (value: string) => {
    if (value === NEW) {
      onChange(current?.mode === "new" ? current : newBranch);
      return;
    }
    const record = options.find((option) => option.id === value);
    if (record) onChange({ mode: "existing", record });
  };
  const matched = matchScore !== null && current?.mode === "existing";
  return (
    <div className="extract-branch">
      <FormField
        label={t("app.extraction.branch.label")}
        required
        description={
          matched
            ? t("app.extraction.branch.matched", { percent: Math.round(matchScore * 100) })
            : event.branchText
              ? t("app.extraction.branch.in_text", { words: event.branchText })
              : t("app.extraction.branch.none_in_text")
        }
      >
        {(control) => (
          <select
            {...control}
            value={current ? (current.mode === "new" ? NEW : current.record.id) : ""}
            onChange={(e) => choose(e.target.value)}
          >
            {current ? null : <option value="">{t("app.extraction.branch.choose")}</option>}
            {options.map((option) => (
              <option key={option.id} value={option.id}>
                {format.text(option.name)}
              </option>
            ))}
            <option value={NEW}>{t("app.extraction.branch.create")}</option>
          </select>
        )}
      </FormField>
      {current?.mode === "new" ? (
        <>
          <LocalizedTextField
            label={t("app.extraction.branch.name")}
            required
            value={current.name}
            initialLocale={language === "ru" ? "ru" : "kk"}
            onChange={(name) => onChange({ ...current, name })}
          />
          <FormField label={t("app.extraction.branch.kind")}>
            {(control) => (
              <select
                {...control}
                value={current.kind}
                onChange={(e) => onChange({ ...current, kind: e.target.value as BranchKind })}
              >
                {BRANCH_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`app.extraction.branch_kind.${kind}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </>
      ) : null}
    </div>
  );
}
