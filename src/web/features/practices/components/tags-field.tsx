import { type KeyboardEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { MAX_PRACTICE_TAGS } from "../../../../shared/contracts/practices.ts";

export interface TagsFieldProps {
  value: string[];
  onChange: (tags: string[]) => void;
  onBlur?: () => void;
  error?: string | undefined;
}

/** Tags are stored trimmed and lower-case (ZPracticeTags); the field writes them that way already. */
export const normalizeTag = (text: string) => text.trim().toLowerCase();

/** Tags as removable chips and a box to add one (Enter or «Add»); commas add several at once. */
export function TagsField({ value, onChange, onBlur, error }: TagsFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState("");
  const add = () => {
    const fresh = draft
      .split(",")
      .map(normalizeTag)
      .filter((tag) => tag !== "" && !value.includes(tag));
    if (fresh.length > 0) onChange([...value, ...new Set(fresh)]);
    setDraft("");
    onBlur?.();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault(); // Enter adds the tag instead of submitting the whole form
    add();
  };
  const descriptionId = `${id}-description`;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={["field", "tags-field", error ? "field--invalid" : ""].filter(Boolean).join(" ")}>
      <label className="field__label" htmlFor={`${id}-input`}>
        {t("app.practices.field.tags")}
      </label>
      <p className="field__description" id={descriptionId}>
        {t("app.practices.tags.hint", { max: MAX_PRACTICE_TAGS })}
      </p>
      {value.length > 0 ? (
        <ul className="practice-tags" aria-label={t("app.practices.tags.current")}>
          {value.map((tag) => (
            <li key={tag} className="tag tags-field__tag">
              <span>{tag}</span>
              <button
                type="button"
                className="tags-field__remove"
                onClick={() => onChange(value.filter((other) => other !== tag))}
              >
                <span aria-hidden="true">×</span>
                <span className="visually-hidden">{t("app.practices.tags.remove", { tag })}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="tags-field__add">
        <input
          id={`${id}-input`}
          type="text"
          value={draft}
          autoComplete="off"
          maxLength={200}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => (draft.trim() ? add() : onBlur?.())} // a typed tag is not lost by moving on
          aria-invalid={error ? true : undefined}
          aria-describedby={[descriptionId, errorId].filter(Boolean).join(" ")}
        />
        <button type="button" className="button button--secondary" onClick={add}>
          {t("app.practices.tags.add")}
        </button>
      </div>
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
