import { pickLocalized } from "../../../shared/localized-text.ts";
import type { Locale } from "../../../shared/vocabulary.ts";
import { translate } from "../../i18n/translate.ts";
import { formatDate } from "../components/format.ts";
import { Localized } from "../components/translation-note.tsx";
import type { MemorandumTeaser } from "./detail.loader.ts";

/** The signed memoranda of cooperation an organization is party to, with the other parties. */
export function MemorandaSection({ memoranda, locale }: { memoranda: MemorandumTeaser[]; locale: Locale }) {
  const t = (key: string, params?: Record<string, unknown>) => translate(locale, key, params);
  return (
    <section aria-labelledby="memoranda-heading">
      <h2 id="memoranda-heading">{t("site.memoranda.heading")}</h2>
      {memoranda.length === 0 ? (
        <p>{t("site.memoranda.none")}</p>
      ) : (
        <ul className="memoranda">
          {memoranda.map((memorandum) => (
            <li key={memorandum.id}>
              <Localized text={pickLocalized(memorandum.title, locale)} locale={locale} as="span" />
              {memorandum.number ? ` № ${memorandum.number}` : null}
              {memorandum.signedDate
                ? `, ${t("site.memoranda.signed_on", { date: formatDate(memorandum.signedDate, locale) })}`
                : null}
              {memorandum.lifecycle ? ` (${t(`memoranda.lifecycle.${memorandum.lifecycle}`)})` : null}
              {memorandum.partners.length > 0 ? (
                <ul className="memoranda__parties">
                  {memorandum.partners.map((party, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: parties are listed in their signing order
                    <li key={index}>
                      <Localized text={pickLocalized(party, locale)} locale={locale} />
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
