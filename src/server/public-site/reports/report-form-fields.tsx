import {
  REPORT_CONTACT_MAX,
  REPORT_MESSAGE_MAX,
  REPORT_MESSAGE_MIN,
} from "../../../shared/contracts/reports.ts";
import type { Locale } from "../../../shared/vocabulary.ts";
import { translate } from "../../i18n/translate.ts";

export type ReportField = "message" | "contact";

export interface ReportFormState {
  values: { message: string; contact: string };
  /** Translated problems per field. */
  errors: Partial<Record<ReportField, string>>;
}

export const EMPTY_REPORT_FORM: ReportFormState = { values: { message: "", contact: "" }, errors: {} };

interface Props {
  /** `/services/:id/report` or `/organizations/:id/report`. */
  action: string;
  /** The page the confirmation links back to. */
  returnTo: string;
  locale: Locale;
  state?: ReportFormState;
}

/**
 * The «report a problem» form with its values and errors kept, so a rejected message is not lost.
 * A plain POST form; `website` is a honeypot hidden from people (class `hp`) and from assistive tech.
 */
export function ReportFormFields({ action, returnTo, locale, state = EMPTY_REPORT_FORM }: Props) {
  const t = (key: string) => translate(locale, key);
  const { values, errors } = state;
  const describedBy = (field: ReportField, hint?: string) =>
    [hint, errors[field] ? `report-${field}-error` : undefined].filter(Boolean).join(" ") || undefined;
  const fieldError = (field: ReportField) =>
    errors[field] ? (
      <span className="field-error" id={`report-${field}-error`}>
        {errors[field]}
      </span>
    ) : null;
  return (
    <form method="post" action={action} className="report-form">
      <input type="hidden" name="returnTo" value={returnTo} />
      <p className="field">
        <label htmlFor="report-message">{t("site.report.message")}</label>
        <span className="hint" id="report-message-hint">
          {t("site.report.message_hint")}
        </span>
        {fieldError("message")}
        <textarea
          id="report-message"
          name="message"
          rows={5}
          required
          minLength={REPORT_MESSAGE_MIN}
          maxLength={REPORT_MESSAGE_MAX}
          defaultValue={values.message}
          aria-invalid={errors.message ? true : undefined}
          aria-describedby={describedBy("message", "report-message-hint")}
        />
      </p>
      <p className="field">
        <label htmlFor="report-contact">{t("site.report.contact")}</label>
        {fieldError("contact")}
        <input
          id="report-contact"
          type="text"
          name="contact"
          maxLength={REPORT_CONTACT_MAX}
          autoComplete="email"
          defaultValue={values.contact}
          aria-invalid={errors.contact ? true : undefined}
          aria-describedby={describedBy("contact")}
        />
      </p>
      <p className="hp" aria-hidden="true">
        <label htmlFor="report-website">{t("site.report.website")}</label>
        <input id="report-website" type="text" name="website" tabIndex={-1} autoComplete="off" />
      </p>
      <p>
        <button type="submit">{t("site.report.submit")}</button>
      </p>
    </form>
  );
}
