import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TLocalizedText } from "../../../shared/localized-text.ts";
import { LOCALES, type Locale } from "../../../shared/vocabulary.ts";

/** An error on the whole value (`message`) and on single languages (`kk.message`…), as react-hook-form nests them. */
export type LocalizedFieldError = { message?: string | undefined } & Partial<
  Record<Locale, { message?: string | undefined } | undefined>
>;

export interface LocalizedTextFieldProps {
  label: ReactNode;
  value: TLocalizedText | null | undefined;
  onChange: (value: TLocalizedText) => void;
  onBlur?: () => void;
  error?: LocalizedFieldError | undefined;
  description?: ReactNode;
  required?: boolean;
  multiline?: boolean;
  maxLength?: number;
  /** The language tab shown first; defaults to the interface language. */
  initialLocale?: Locale;
}

/** Languages left empty while another is filled: the text exists but these readers cannot read it. */
export function missingTranslations(value: TLocalizedText | null | undefined): Locale[] {
  const filled = LOCALES.filter((locale) => (value?.[locale] ?? "").trim() !== "");
  return filled.length === 0 ? [] : LOCALES.filter((locale) => !filled.includes(locale));
}

/** Without empty languages, so `{ kk: "" }` never reaches a contract that wants 1+ characters. */
function withText(value: TLocalizedText | null | undefined, locale: Locale, text: string): TLocalizedText {
  const next: TLocalizedText = { ...(value ?? {}) };
  if (text === "") delete next[locale];
  else next[locale] = text;
  return next;
}

/**
 * Text stored per language (ZLocalizedText): one tab per language; a tab whose language is empty while
 * another is filled says «needs translation». Use it through react-hook-form's Controller.
 */
export function LocalizedTextField(props: LocalizedTextFieldProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const interfaceLocale = (LOCALES as readonly string[]).includes(i18n.language)
    ? (i18n.language as Locale)
    : "kk";
  const [selected, setSelected] = useState<Locale>(props.initialLocale ?? interfaceLocale);
  const tabs = useRef<Partial<Record<Locale, HTMLButtonElement | null>>>({});
  const missing = missingTranslations(props.value);
  const localeError = (locale: Locale) => props.error?.[locale]?.message;
  const wholeError = props.error?.message;
  const labelId = `${id}-label`;
  const descriptionId = props.description ? `${id}-description` : undefined;
  const errorId = (locale: Locale) => `${id}-${locale}-error`;

  const select = (locale: Locale) => {
    setSelected(locale);
    tabs.current[locale]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = LOCALES.indexOf(selected);
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (step !== undefined) select(LOCALES[(index + step + LOCALES.length) % LOCALES.length] ?? selected);
    else if (event.key === "Home") select(LOCALES[0]);
    else if (event.key === "End") select(LOCALES[LOCALES.length - 1] ?? selected);
    else return;
    event.preventDefault();
  };

  const inputId = `${id}-${selected}-input`;
  const describedBy =
    [
      descriptionId,
      localeError(selected) ? errorId(selected) : undefined,
      wholeError ? `${id}-error` : undefined,
    ]
      .filter(Boolean)
      .join(" ") || undefined;
  const control = {
    id: inputId,
    lang: selected,
    value: props.value?.[selected] ?? "",
    maxLength: props.maxLength,
    "aria-invalid": localeError(selected) || wholeError ? (true as const) : undefined,
    "aria-describedby": describedBy,
    onChange: (event: { target: { value: string } }) =>
      props.onChange(withText(props.value, selected, event.target.value)),
    onBlur: props.onBlur,
  };

  return (
    <fieldset
      className={["field", "fieldset", "localized-field", wholeError ? "field--invalid" : ""]
        .filter(Boolean)
        .join(" ")}
    >
      <legend className="field__label" id={labelId}>
        {props.label}
        {props.required ? (
          <abbr className="field__required" title={t("app.form.required")}>
            *
          </abbr>
        ) : null}
      </legend>
      {props.description ? (
        <p className="field__description" id={descriptionId}>
          {props.description}
        </p>
      ) : null}
      <div className="localized-field__tabs" role="tablist" aria-labelledby={labelId}>
        {LOCALES.map((locale) => (
          <button
            key={locale}
            ref={(element) => {
              tabs.current[locale] = element;
            }}
            type="button"
            role="tab"
            id={`${id}-${locale}-tab`}
            aria-selected={locale === selected}
            aria-controls={`${id}-panel`}
            tabIndex={locale === selected ? 0 : -1}
            className="localized-field__tab"
            onClick={() => setSelected(locale)}
            onKeyDown={onKeyDown}
          >
            <span lang={locale}>{t(`app.language.${locale}`)}</span>
            {missing.includes(locale) ? (
              <span className="needs-translation" data-locale={locale}>
                {t("app.localized.needs_translation")}
              </span>
            ) : null}
            {localeError(locale) ? (
              <span className="localized-field__tab-error">{t("app.localized.has_error")}</span>
            ) : null}
          </button>
        ))}
      </div>
      <div
        className="localized-field__panel"
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-${selected}-tab`}
      >
        <label className="visually-hidden" htmlFor={inputId}>
          {props.label} ({t(`app.language.${selected}`)})
        </label>
        {props.multiline ? <textarea rows={4} {...control} /> : <input type="text" {...control} />}
        {localeError(selected) ? (
          <p className="field__error" id={errorId(selected)}>
            {localeError(selected)}
          </p>
        ) : null}
      </div>
      {wholeError ? (
        <p className="field__error" id={`${id}-error`}>
          {wholeError}
        </p>
      ) : null}
    </fieldset>
  );
}
