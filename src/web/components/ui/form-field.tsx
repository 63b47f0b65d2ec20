import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";

/** What a control needs to be tied to its label, description and error. */
export interface ControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
  "aria-required": true | undefined;
}

export interface FormFieldProps {
  label: ReactNode;
  /** The translated message to show; also marks the control invalid. */
  error?: string | undefined;
  description?: ReactNode;
  required?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

function RequiredMark() {
  const { t } = useTranslation();
  return (
    <abbr className="field__required" title={t("app.form.required")}>
      *
    </abbr>
  );
}

/**
 * A labelled control with an optional description and an inline error, wired with aria:
 * `<FormField label={t("…")} error={errors.email?.message}>{(control) => <input {...control} {...register("email")} />}</FormField>`
 */
export function FormField({ label, error, description, required, className, children }: FormFieldProps) {
  const id = useId();
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={["field", error ? "field--invalid" : "", className ?? ""].filter(Boolean).join(" ")}>
      <label className="field__label" htmlFor={id}>
        {label}
        {required ? <RequiredMark /> : null}
      </label>
      {description ? (
        <p className="field__description" id={descriptionId}>
          {description}
        </p>
      ) : null}
      {children({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy,
        "aria-required": required ? true : undefined,
      })}
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export interface FieldsetFieldProps {
  legend: ReactNode;
  error?: string | undefined;
  description?: ReactNode;
  required?: boolean;
  children: ReactNode;
}

/** A group of radios or checkboxes under one legend, with the group's description and error. */
export function FieldsetField({ legend, error, description, required, children }: FieldsetFieldProps) {
  const id = useId();
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset
      className={["field", "fieldset", error ? "field--invalid" : ""].filter(Boolean).join(" ")}
      aria-describedby={[descriptionId, errorId].filter(Boolean).join(" ") || undefined}
    >
      <legend className="field__label">
        {legend}
        {required ? <RequiredMark /> : null}
      </legend>
      {description ? (
        <p className="field__description" id={descriptionId}>
          {description}
        </p>
      ) : null}
      {children}
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
