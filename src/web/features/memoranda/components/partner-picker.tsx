import { useQuery } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TOrganization } from "../../../../shared/contracts/organizations.ts";
import { useFormat } from "../../../lib/format.ts";
import { partnerSearchQueryOptions } from "../api/memoranda.api.ts";

const TYPING_PAUSE_MS = 250;

export interface PartnerPickerProps {
  label: string;
  /** Said before each result's name to screen readers: «Add», «Choose». */
  actionLabel: string;
  onPick: (organization: TOrganization) => void;
  /** Already chosen: shown as such and not offered again. */
  excludeIds?: readonly string[];
}

/**
 * Search the partner registry by name (any language, any script) and pick one. A plain search box with a
 * list of buttons under it: no combobox to learn, and every result is reachable with Tab.
 */
export function PartnerPicker({ label, actionLabel, onPick, excludeIds = [] }: PartnerPickerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [text, setText] = useState("");
  const [q, setQ] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const results = useQuery({ ...partnerSearchQueryOptions(q), enabled: q !== "" });
  const items = q === "" ? [] : (results.data?.items ?? []);
  return (
    <div className="picker">
      <label className="field__label" htmlFor={`${id}-q`}>
        {label}
      </label>
      <p className="field__description" id={`${id}-hint`}>
        {t("app.memoranda.picker.hint")}
      </p>
      <input
        id={`${id}-q`}
        type="search"
        value={text}
        autoComplete="off"
        aria-describedby={`${id}-hint`}
        aria-controls={`${id}-results`}
        onChange={(event) => setText(event.target.value)}
        // Enter in the search box must not submit the memorandum form around it.
        onKeyDown={(event) => {
          if (event.key === "Enter") event.preventDefault();
        }}
      />
      <p className="visually-hidden" role="status">
        {q === "" || results.isPending
          ? ""
          : t("app.memoranda.picker.found", { count: results.data?.total ?? 0 })}
      </p>
      <ul id={`${id}-results`} className="picker__results">
        {items.map((organization) => {
          const chosen = excludeIds.includes(organization.id);
          return (
            <li key={organization.id}>
              <button
                type="button"
                className="picker__result"
                disabled={chosen}
                onClick={() => {
                  onPick(organization);
                  setText("");
                }}
              >
                <span className="visually-hidden">{actionLabel}: </span>
                <span className="picker__name">{format.text(organization.name)}</span>
                <span className="picker__meta">
                  {chosen
                    ? t("app.memoranda.picker.chosen")
                    : t(`site.organization.type.${organization.type}`)}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {q !== "" && !results.isPending && items.length === 0 ? (
        <p className="muted">{t("app.memoranda.picker.none")}</p>
      ) : null}
    </div>
  );
}
