import { translate } from "../../i18n/translate.ts";
import { Layout, type PageShell } from "../components/layout.tsx";
import { type DisplayText, Localized } from "../components/translation-note.tsx";
import { type ReportField, ReportFormFields, type ReportFormState } from "./report-form-fields.tsx";

const FIELDS: readonly ReportField[] = ["message", "contact"];

interface FormPageProps {
  shell: PageShell;
  entityName: DisplayText | null;
  action: string;
  returnTo: string;
  state?: ReportFormState;
}

/** The form on a page of its own: reached from a listing, and shown again with errors on bad input. */
export function ReportFormPage({ shell, entityName, action, returnTo, state }: FormPageProps) {
  const { locale } = shell;
  const t = (key: string) => translate(locale, key);
  const problems = FIELDS.filter((field) => state?.errors[field]);
  return (
    <Layout shell={shell}>
      <h1>{t("site.report.heading")}</h1>
      {entityName ? (
        <p className="lead">
          <a href={returnTo}>
            <Localized text={entityName} locale={locale} />
          </a>
        </p>
      ) : null}
      {problems.length > 0 ? (
        <div className="error-summary" role="alert" aria-labelledby="report-errors">
          <h2 id="report-errors">{t("site.report.error_summary")}</h2>
          <ul>
            {problems.map((field) => (
              <li key={field}>
                <a href={`#report-${field}`}>
                  {t(`site.report.${field}`)} — {state?.errors[field]}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p>{t("site.report.intro")}</p>
      <ReportFormFields action={action} returnTo={returnTo} locale={locale} state={state} />
    </Layout>
  );
}

interface NoticeProps {
  shell: PageShell;
  title: string;
  text: string;
  returnTo: string;
}

/** One message and a way back: the confirmation, the rate-limit and the too-long pages. */
export function ReportNoticePage({ shell, title, text, returnTo }: NoticeProps) {
  return (
    <Layout shell={shell}>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <a href={returnTo}>{translate(shell.locale, "site.report.back")}</a>
      </p>
    </Layout>
  );
}
