import type { ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { LOCALES, type Locale } from "../../../shared/vocabulary.ts";
import { translate } from "../../i18n/translate.ts";
import { assetUrl } from "../assets.routes.ts";
import { telHref } from "../components/format.ts";
import { TranslationNote } from "../components/translation-note.tsx";
import type { HelpCard, HelpCardEntry, ShownText } from "./help-card.model.ts";
import { helpCardPath } from "./help-card-urls.ts";
import { QrCodeSvg } from "./qr-code-svg.tsx";

/** Above this many services the page switches to smaller type so that the printout stays on one sheet. */
const DENSE_FROM = 7;

/** A text written by people; when it is in another language, marked so and followed by the short note. */
function Shown({ value, locale }: { value: ShownText; locale: Locale }) {
  if (!value.lang) return <>{value.text}</>;
  return (
    <>
      <span lang={value.lang}>{value.text}</span>
      <TranslationNote locale={locale} textLocale={value.lang} compact />
    </>
  );
}

function Field({ label, children, fact }: { label: string; children: ReactNode; fact?: boolean }) {
  return (
    <div className={fact ? "help-card-fact" : undefined}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Entry({ entry, locale }: { entry: HelpCardEntry; locale: Locale }) {
  const label = (key: string) => translate(locale, `site.help_card.field.${key}`);
  const headingId = `service-${entry.id}`;
  return (
    <li className="help-card-item">
      <article aria-labelledby={headingId}>
        <h2 id={headingId}>
          <Shown value={entry.name} locale={locale} />
        </h2>
        <dl className="help-card-fields">
          {entry.organization && (
            <Field label={label("organization")}>
              <Shown value={entry.organization} locale={locale} />
            </Field>
          )}
          {entry.address && (
            <Field label={label("address")}>
              <Shown value={entry.address} locale={locale} />
            </Field>
          )}
          {entry.phone && (
            <Field label={label("phone")}>
              <a href={telHref(entry.phone)}>{entry.phone}</a>
            </Field>
          )}
          <Field label={label("cost")} fact>
            {entry.cost}
          </Field>
          <Field label={label("ages")} fact>
            {entry.ages}
          </Field>
          <Field label={label("languages")} fact>
            {entry.languages}
          </Field>
          {entry.apply && (
            <Field label={label("apply")}>
              <Shown value={entry.apply} locale={locale} />
            </Field>
          )}
          <Field label={label("referral")}>
            {entry.referral}
            {entry.referralNote && (
              <>
                {" — "}
                <Shown value={entry.referralNote} locale={locale} />
              </>
            )}
          </Field>
        </dl>
      </article>
    </li>
  );
}

export function HelpCardPage({ card }: { card: HelpCard }) {
  const { locale } = card;
  const t = (key: string, params?: Record<string, unknown>) => translate(locale, key, params);
  const title = t("site.help_card.title");
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${title} — ${card.siteName}`}</title>
        <meta name="description" content={t("site.help_card.description")} />
        {LOCALES.map((other) => (
          <link key={other} rel="alternate" hrefLang={other} href={helpCardPath(card.ids, other)} />
        ))}
        <link rel="stylesheet" href={assetUrl("site.css")} />
        {/* All media, not only print: its help-card rules also draw the on-screen sheet preview. */}
        <link rel="stylesheet" href={assetUrl("print.css")} />
      </head>
      <body className="help-card-page">
        <a className="skip-link" href="#main">
          {t("site.skip_to_content")}
        </a>
        <header className="help-card-toolbar">
          <p>
            <a href={`/search?lang=${locale}`}>{t("site.help_card.back_to_search")}</a>
          </p>
          <p>{t("site.help_card.print_hint")}</p>
          <p>
            <a href={helpCardPath(card.ids, locale, "pdf")} type="application/pdf">
              {t("site.help_card.pdf_link")}
            </a>
          </p>
          <nav aria-label={t("site.help_card.languages_nav")}>
            <ul>
              {LOCALES.map((other) => (
                <li key={other}>
                  <a
                    href={helpCardPath(card.ids, other)}
                    hrefLang={other}
                    lang={other}
                    aria-current={other === locale ? "true" : undefined}
                  >
                    {t(`site.lang_switch.${other}`)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main
          id="main"
          className={`help-card${card.entries.length >= DENSE_FROM ? " help-card--dense" : ""}`}
        >
          <div className="help-card-head">
            <h1>{title}</h1>
            <p>
              {card.siteName} · {t("site.help_card.count", { count: card.entries.length })}
            </p>
          </div>
          {card.skipped > 0 && (
            <p className="help-card-skipped">{t("site.help_card.skipped", { count: card.skipped })}</p>
          )}
          <ol className="help-card-list">
            {card.entries.map((entry) => (
              <Entry key={entry.id} entry={entry} locale={locale} />
            ))}
          </ol>
          <footer className="help-card-foot">
            <QrCodeSvg className="help-card-qr" text={card.listUrl} label={t("site.help_card.qr_label")} />
            <div>
              <p>{t("site.help_card.qr_caption")}</p>
              <p className="help-card-url">
                <a href={card.listUrl}>{card.listUrl}</a>
              </p>
              <p>
                {t("site.help_card.printed_on", { date: card.printedOn })} · {card.siteName}
              </p>
            </div>
          </footer>
        </main>
      </body>
    </html>
  );
}

export function renderHelpCardHtml(card: HelpCard): string {
  return `<!doctype html>${renderToString(<HelpCardPage card={card} />)}`;
}
