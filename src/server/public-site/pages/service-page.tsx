import { pickLocalized, type TLocalizedText } from "../../../shared/localized-text.ts";
import { translate } from "../../i18n/translate.ts";
import { agesLabel, costLabel, formatDate, languagesLabel, telHref } from "../components/format.ts";
import { Layout, type PageShell } from "../components/layout.tsx";
import { Localized } from "../components/translation-note.tsx";
import { isInForce, type ServiceView } from "./detail.loader.ts";
import { LocationList } from "./location-list.tsx";
import { MemorandaSection } from "./memoranda-section.tsx";
import { ReportForm } from "./report-form.tsx";

const asText = (value: unknown) => value as TLocalizedText | null;

/** Everything a family needs about one service: what it is, for whom, how to get it, where, whom to call. */
export function ServicePage({ shell, view }: { shell: PageShell; view: ServiceView }) {
  const { locale } = shell;
  const { service, organization } = view;
  const t = (key: string, params?: Record<string, unknown>) => translate(locale, key, params);
  const pick = (value: unknown) => pickLocalized(asText(value), locale);
  const categoryNames = view.categories
    .filter((category) => service.categoryCodes.includes(category.code))
    .map((category) => pickLocalized(category.name, locale)?.text ?? category.code);
  const section = (id: string, heading: string, value: unknown) =>
    pick(value) ? (
      <section aria-labelledby={id}>
        <h2 id={id}>{heading}</h2>
        <Localized text={pick(value)} locale={locale} as="p" className="prose" />
      </section>
    ) : null;
  return (
    <Layout shell={shell}>
      <Localized text={pick(service.name)} locale={locale} as="h1" />
      <p className="lead">
        <a href={`/organizations/${organization.id}`}>
          <Localized text={pick(organization.name)} locale={locale} />
        </a>
      </p>
      {view.memoranda.some(isInForce) ? <p className="badge">{t("site.result.partner")}</p> : null}
      <p className="verified">
        {service.lastVerifiedAt
          ? t("site.result.last_verified", { date: formatDate(service.lastVerifiedAt.toISOString(), locale) })
          : t("site.result.not_verified")}
      </p>
      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading">{t("site.service.details")}</h2>
        <dl className="facts">
          {categoryNames.length > 0 ? (
            <>
              <dt>{t("site.filter.category")}</dt>
              <dd>{categoryNames.join(", ")}</dd>
            </>
          ) : null}
          {service.targetGroups.length > 0 ? (
            <>
              <dt>{t("site.filter.target_group")}</dt>
              <dd>{service.targetGroups.map((group) => t(`site.target_group.${group}`)).join(", ")}</dd>
            </>
          ) : null}
          <dt>{t("site.result.ages")}</dt>
          <dd>{agesLabel(service.minAge, service.maxAge, locale)}</dd>
          <dt>{t("site.filter.cost")}</dt>
          <dd>
            {costLabel(service.cost, locale)}
            <Localized text={pick(service.feesDescription)} locale={locale} as="p" />
          </dd>
          {service.languages.length > 0 ? (
            <>
              <dt>{t("site.result.languages")}</dt>
              <dd>{languagesLabel(service.languages, locale)}</dd>
            </>
          ) : null}
          <dt>{t("site.service.referral")}</dt>
          <dd>
            {t(`site.referral.${service.referralRequirement}`)}
            <Localized text={pick(service.referralNote)} locale={locale} as="p" />
          </dd>
          {pick(service.schedule) ? (
            <>
              <dt>{t("site.service.schedule")}</dt>
              <dd>
                <Localized text={pick(service.schedule)} locale={locale} as="p" className="prose" />
              </dd>
            </>
          ) : null}
          {service.hasWaitlist ? (
            <>
              <dt>{t("site.service.waitlist")}</dt>
              <dd>
                <Localized text={pick(service.waitlistNote)} locale={locale} as="p" />
              </dd>
            </>
          ) : null}
        </dl>
      </section>
      {section("description-heading", t("site.service.description"), service.description)}
      {section("apply-heading", t("site.service.how_to_apply"), service.applicationProcess)}
      <Contacts
        phone={service.phone ?? organization.phone}
        email={service.email ?? organization.email}
        url={service.url ?? organization.website}
        locale={locale}
      />
      <LocationList locations={service.locations} locale={locale} />
      <MemorandaSection memoranda={view.memoranda} locale={locale} />
      <ReportForm
        action={`/services/${service.id}/report`}
        returnTo={`/services/${service.id}`}
        locale={locale}
      />
    </Layout>
  );
}

interface ContactsProps {
  phone: string | null;
  email: string | null;
  url: string | null;
  locale: PageShell["locale"];
}

export function Contacts({ phone, email, url, locale }: ContactsProps) {
  if (!phone && !email && !url) return null;
  const t = (key: string) => translate(locale, key);
  return (
    <section aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">{t("site.service.contacts")}</h2>
      <dl className="facts">
        {phone ? (
          <>
            <dt>{t("site.result.phone")}</dt>
            <dd>
              <a href={telHref(phone)}>{phone}</a>
            </dd>
          </>
        ) : null}
        {email ? (
          <>
            <dt>{t("site.service.email")}</dt>
            <dd>
              <a href={`mailto:${email}`}>{email}</a>
            </dd>
          </>
        ) : null}
        {url ? (
          <>
            <dt>{t("site.service.website")}</dt>
            <dd>
              <a href={url} rel="noopener">
                {url}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
