import type { TDirectoryResult } from "../../../shared/contracts/directory.ts";
import type { Locale } from "../../../shared/vocabulary.ts";
import { translate } from "../../i18n/translate.ts";
import {
  agesLabel,
  costLabel,
  formatDate,
  languagesLabel,
  regionName,
  telHref,
} from "../components/format.ts";
import { Localized } from "../components/translation-note.tsx";

/**
 * The form the «add to help card» boxes belong to. It sits after the list and the boxes join it with the
 * `form` attribute, so the results are not inside a form (print.css hides forms on paper).
 */
export const HELP_CARD_FORM = "help-card-form";

/** The name with the words that matched the query marked. */
function HighlightedName({ item }: { item: TDirectoryResult }) {
  if (item.nameHighlights.length === 0) return <>{item.name.text}</>;
  return (
    <>
      {item.nameHighlights.map((segment, index) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity beyond their order
        segment.match ? <mark key={index}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}

/** One result: what a parent needs to decide and to call, plus a box to add it to the help card. */
export function ResultCard({ item, locale }: { item: TDirectoryResult; locale: Locale }) {
  const t = (key: string, params?: Record<string, unknown>) => translate(locale, key, params);
  const headingId = `result-${item.serviceId}-${item.locationId}`;
  const checkboxId = `pick-${item.serviceId}-${item.locationId}`;
  return (
    <li className="card">
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="card__title">
          <a href={`/services/${item.serviceId}`}>
            <Localized text={item.name} locale={locale}>
              <HighlightedName item={item} />
            </Localized>
          </a>
        </h3>
        {item.partner ? <p className="badge">{t("site.result.partner")}</p> : null}
        <dl className="facts">
          <dt>{t("site.result.organization")}</dt>
          <dd>
            <a href={`/organizations/${item.organization.id}`}>
              <Localized text={item.organization.name} locale={locale} />
            </a>
          </dd>
          <dt>{t("site.result.address")}</dt>
          <dd>
            <Localized text={item.locality} locale={locale} />
            {item.locality && item.address ? ", " : null}
            <Localized text={item.address} locale={locale} />
            {item.locality?.text === regionName(item.regionCode, locale)
              ? null
              : ` (${regionName(item.regionCode, locale)})`}
          </dd>
          {item.phone ? (
            <>
              <dt>{t("site.result.phone")}</dt>
              <dd>
                <a href={telHref(item.phone)}>{item.phone}</a>
              </dd>
            </>
          ) : null}
          <dt>{t("site.filter.cost")}</dt>
          <dd>{costLabel(item.cost, locale)}</dd>
          <dt>{t("site.result.ages")}</dt>
          <dd>{agesLabel(item.minAge, item.maxAge, locale)}</dd>
          {item.languages.length > 0 ? (
            <>
              <dt>{t("site.result.languages")}</dt>
              <dd>{languagesLabel(item.languages, locale)}</dd>
            </>
          ) : null}
        </dl>
        <p className="verified">
          {item.lastVerifiedAt
            ? t("site.result.last_verified", { date: formatDate(item.lastVerifiedAt, locale) })
            : t("site.result.not_verified")}
        </p>
        <p className="card__pick">
          <input type="checkbox" id={checkboxId} name="ids" value={item.serviceId} form={HELP_CARD_FORM} />{" "}
          <label htmlFor={checkboxId}>
            {t("site.result.select")}
            <span className="visually-hidden">: {item.name.text}</span>
          </label>
        </p>
      </article>
    </li>
  );
}
