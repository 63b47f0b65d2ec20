import { useQueries, useQuery } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TMemorandumSummary } from "../../../../shared/contracts/memoranda.ts";
import { useFormat } from "../../../lib/format.ts";
import { linkedMemorandumQueryOptions, memorandumSearchQueryOptions } from "../api/initiatives.api.ts";

export interface MemorandumPickerProps {
  value: string[];
  onChange: (ids: string[]) => void;
  onBlur?: () => void;
  error?: string | undefined;
  /** A partner's organization: only memoranda it is party to are offered. */
  organizationId: string | null;
}

const DEBOUNCE_MS = 250;

function useDebounced(value: string): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return debounced;
}

function MemorandumLabel({
  memorandum,
}: {
  memorandum: Pick<TMemorandumSummary, "title" | "number" | "reviewState" | "signedDate">;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <span className="memorandum-picker__label">
      <span className="memorandum-picker__title">{format.text(memorandum.title)}</span>
      <span className="muted">
        {[
          memorandum.number ? `№ ${memorandum.number}` : null,
          t(`app.initiatives.review.${memorandum.reviewState}`),
          memorandum.signedDate ? format.date(memorandum.signedDate) : null,
        ]
          .filter(Boolean)
          .join(" · ")}
      </span>
    </span>
  );
}

/**
 * The memoranda an initiative runs under: the chosen ones with «remove», and a search among the memoranda
 * the caller may see (the API decides which) with «add».
 */
export function MemorandumPicker({ value, onChange, onBlur, error, organizationId }: MemorandumPickerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [q, setQ] = useState("");
  const query = useDebounced(q.trim());
  const results = useQuery(memorandumSearchQueryOptions(query, organizationId));
  const chosen = useQueries({
    queries: value.map((memorandumId) => linkedMemorandumQueryOptions(memorandumId)),
  });
  const descriptionId = `${id}-description`;
  const errorId = error ? `${id}-error` : undefined;
  const offered = (results.data ?? []).filter((memorandum) => !value.includes(memorandum.id));
  const add = (memorandumId: string) => {
    onChange([...value, memorandumId]);
    onBlur?.();
  };
  const remove = (memorandumId: string) => {
    onChange(value.filter((other) => other !== memorandumId));
    onBlur?.();
  };
  return (
    <fieldset
      className={["field", "fieldset", "memorandum-picker", error ? "field--invalid" : ""]
        .filter(Boolean)
        .join(" ")}
      aria-describedby={[descriptionId, errorId].filter(Boolean).join(" ")}
    >
      <legend className="field__label">
        {t("app.initiatives.field.memoranda")}
        <abbr className="field__required" title={t("app.form.required")}>
          *
        </abbr>
      </legend>
      <p className="field__description" id={descriptionId}>
        {t("app.initiatives.memoranda.hint")}
      </p>
      {value.length === 0 ? (
        <p className="muted">{t("app.initiatives.memoranda.none")}</p>
      ) : (
        <ul className="memorandum-picker__list memorandum-picker__list--chosen">
          {value.map((memorandumId, index) => {
            const memorandum = chosen[index]?.data;
            const title = memorandum ? format.text(memorandum.title) : memorandumId;
            return (
              <li key={memorandumId}>
                {memorandum ? <MemorandumLabel memorandum={memorandum} /> : <span>{t("app.loading")}</span>}
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => remove(memorandumId)}
                >
                  {t("app.initiatives.memoranda.remove")}
                  <span className="visually-hidden"> {title}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <label className="field__label" htmlFor={`${id}-q`}>
        {t("app.initiatives.memoranda.search")}
      </label>
      <input
        id={`${id}-q`}
        type="search"
        value={q}
        autoComplete="off"
        onChange={(event) => setQ(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
      />
      {results.isError ? (
        <p className="field__error">{t("app.initiatives.memoranda.search_failed")}</p>
      ) : results.isPending ? null : results.data.length === 0 ? (
        <p className="muted">{t("app.initiatives.memoranda.no_match")}</p>
      ) : offered.length === 0 ? null : (
        <ul className="memorandum-picker__list" aria-label={t("app.initiatives.memoranda.results")}>
          {offered.map((memorandum) => (
            <li key={memorandum.id}>
              <MemorandumLabel memorandum={memorandum} />
              <button type="button" className="button button--secondary" onClick={() => add(memorandum.id)}>
                {t("app.initiatives.memoranda.add")}
                <span className="visually-hidden"> {format.text(memorandum.title)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
