import { pickLocalized, type TLocalizedText } from "../../../shared/localized-text.ts";
import { translate } from "../../i18n/translate.ts";
import { agesLabel, costLabel, formatDate, regionName } from "../components/format.ts";
import { Layout, type PageShell } from "../components/layout.tsx";
import { Localized } from "../components/translation-note.tsx";
import { isInForce, type OrganizationView } from "./detail.loader.ts";
import { MemorandaSection } from "./memoranda-section.tsx";
import { ReportForm } from "./report-form.tsx";
import { Contacts } from "./service-page.tsx";

const pickIn = (value: unknown, locale: PageShell["locale"]) =>
  pickLocalized(value as TLocalizedText | null, locale);

/** A partner organization: who they are, where they work, their services and memoranda. */
export function OrganizationPage({ shell, view }: { shell: PageShell; view: OrganizationView }) {
  const { locale } = shell;
  const { organization } = view;
  const t = (key: string, params?: Record<string, unknown>) => translate(locale, key, params);
  const pick = (value: unknown) => pickIn(value, locale);
  return (
    <Layout shell={shell}>
      <Localized text={pick(organization.name)} locale={locale} as="h1" />
      <p className="lead">{t(`site.organization.type.${organization.type}`)}</p>
      {view.memoranda.some(isInForce) ? <p className="badge">{t("site.result.partner")}</p> : null}
      <p className="verified">
        {organization.lastVerifiedAt
          ? t("site.result.last_verified", {
              date: formatDate(organization.lastVerifiedAt.toISOString(), locale),
            })
          : t("site.result.not_verified")}
      </p>
      <Localized text={pick(organization.description)} locale={locale} as="p" className="prose" />
      <dl className="facts">
        {organization.regionsServed.length > 0 ? (
          <>
            <dt>{t("site.organization.regions_served")}</dt>
            <dd>{organization.regionsServed.map((code) => regionName(code, locale)).join(", ")}</dd>
          </>
        ) : null}
        {organization.targetGroups.length > 0 ? (
          <>
            <dt>{t("site.filter.target_group")}</dt>
            <dd>{organization.targetGroups.map((group) => t(`site.target_group.${group}`)).join(", ")}</dd>
          </>
        ) : null}
      </dl>
      <Contacts
        phone={organization.phone}
        email={organization.email}
        url={organization.website}
        locale={locale}
      />
      <section aria-labelledby="services-heading">
        <h2 id="services-heading">{t("site.organization.services")}</h2>
        {view.services.length === 0 ? (
          <p>{t("site.organization.no_services")}</p>
        ) : (
          <ul className="service-list">
            {view.services.map((service) => (
              <li key={service.id}>
                <a href={`/services/${service.id}`}>
                  <Localized text={pick(service.name)} locale={locale} />
                </a>
                {` — ${costLabel(service.cost, locale)}, ${agesLabel(service.minAge, service.maxAge, locale)}`}
              </li>
            ))}
          </ul>
        )}
      </section>
      <MemorandaSection memoranda={view.memoranda} locale={locale} />
      <ReportForm
        action={`/organizations/${organization.id}/report`}
        returnTo={`/organizations/${organization.id}`}
        locale={locale}
      />
    </Layout>
  );
}
