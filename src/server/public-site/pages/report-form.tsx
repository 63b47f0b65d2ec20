import type { Locale } from "../../../shared/vocabulary.ts";
import { translate } from "../../i18n/translate.ts";
import { ReportFormFields } from "../reports/report-form-fields.tsx";

interface ReportFormProps {
  /** `/services/:id/report` or `/organizations/:id/report`. */
  action: string;
  /** Where the confirmation page links back to: this page. */
  returnTo: string;
  locale: Locale;
}

/** «Report a problem» at the end of a listing; the fields (with the `website` honeypot) are the reports helper's. */
export function ReportForm({ action, returnTo, locale }: ReportFormProps) {
  return (
    <section className="report" aria-labelledby="report-heading">
      <h2 id="report-heading">{translate(locale, "site.report.heading")}</h2>
      <p>{translate(locale, "site.report.intro")}</p>
      <ReportFormFields action={action} returnTo={returnTo} locale={locale} />
    </section>
  );
}
