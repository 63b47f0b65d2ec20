import { useTranslation } from "react-i18next";
import type { TNews } from "../../../../shared/contracts/news.ts";
import { LOCALES } from "../../../../shared/vocabulary.ts";

/** The post in every language it is written in, for those who may read but not change it. */
export function NewsReadOnly({ post }: { post: TNews }) {
  const { t } = useTranslation();
  return (
    <section className="news-panel" aria-labelledby="news-text">
      <h2 id="news-text">{t("app.news.read_only.title")}</h2>
      <p className="muted">{t("app.news.read_only.hint")}</p>
      {LOCALES.filter((locale) => post.title[locale] || post.body[locale]).map((locale) => (
        <article key={locale} lang={locale} className="news-read-only">
          <h3>
            {post.title[locale] ?? ""} <span className="tag tag--muted">{t(`app.language.${locale}`)}</span>
          </h3>
          {post.summary?.[locale] ? <p className="lead">{post.summary[locale]}</p> : null}
          {(post.body[locale] ?? "")
            .split(/\n\s*\n/)
            .filter((paragraph) => paragraph.trim() !== "")
            .map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
        </article>
      ))}
    </section>
  );
}
