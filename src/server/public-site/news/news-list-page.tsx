import { pickLocalized, type TLocalizedText } from "../../../shared/localized-text.ts";
import { translate } from "../../i18n/translate.ts";
import type { NewsRecord } from "../../modules/news/news.repository.ts";
import { formatDate } from "../components/format.ts";
import { Layout, type PageShell } from "../components/layout.tsx";
import { Localized } from "../components/translation-note.tsx";
import { pagesToShow } from "../search/search-pagination.tsx";

const asText = (value: unknown) => value as TLocalizedText | null;

/** Links to both feeds in the page's language. */
export function FeedLinks({ locale }: { locale: PageShell["locale"] }) {
  const t = (key: string) => translate(locale, key);
  return (
    <p className="feed-links">
      {t("site.news.subscribe")}{" "}
      <a href={`/news/rss.xml?lang=${locale}`} type="application/rss+xml">
        {t("site.news.feed_rss")}
      </a>
      {" · "}
      <a href={`/news/atom.xml?lang=${locale}`} type="application/atom+xml">
        {t("site.news.feed_atom")}
      </a>
    </p>
  );
}

function NewsPagination({ shell, page, last }: { shell: PageShell; page: number; last: number }) {
  if (last <= 1) return null;
  const t = (key: string, params?: Record<string, unknown>) => translate(shell.locale, key, params);
  const href = (target: number) => (target === 1 ? "/news" : `/news?page=${target}`);
  const pages = pagesToShow(page, last);
  return (
    <nav className="pagination" aria-label={t("site.news.pages_label")}>
      <ul>
        {page > 1 ? (
          <li>
            <a href={href(page - 1)} rel="prev">
              {t("site.pagination.previous")}
            </a>
          </li>
        ) : null}
        {pages.map((target, index) => (
          <li key={target}>
            {index > 0 && target - (pages[index - 1] ?? target) > 1 ? (
              <span aria-hidden="true">… </span>
            ) : null}
            <a
              href={href(target)}
              aria-current={target === page ? "page" : undefined}
              aria-label={t("site.pagination.page", { page: target })}
            >
              {target}
            </a>
          </li>
        ))}
        {page < last ? (
          <li>
            <a href={href(page + 1)} rel="next">
              {t("site.pagination.next")}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

interface Props {
  shell: PageShell;
  posts: readonly NewsRecord[];
  page: number;
  last: number;
}

/** Published posts, newest first, each with its date and summary. */
export function NewsListPage({ shell, posts, page, last }: Props) {
  const { locale } = shell;
  const t = (key: string, params?: Record<string, unknown>) => translate(locale, key, params);
  const pick = (value: unknown) => pickLocalized(asText(value), locale);
  return (
    <Layout shell={shell}>
      <h1>{t("site.news.title")}</h1>
      <FeedLinks locale={locale} />
      {posts.length === 0 ? (
        <p>{t("site.news.empty")}</p>
      ) : (
        <ul className="news-list">
          {posts.map((post) => {
            const date = (post.publishedAt ?? post.createdAt).toISOString();
            return (
              <li key={post.id}>
                <article aria-labelledby={`news-${post.id}`}>
                  <h2 id={`news-${post.id}`}>
                    <a href={`/news/${post.slug}`}>
                      <Localized text={pick(post.title)} locale={locale} />
                    </a>
                  </h2>
                  <p className="news-date">
                    <time dateTime={date}>
                      {t("site.news.published_on", { date: formatDate(date, locale) })}
                    </time>
                  </p>
                  <Localized text={pick(post.summary)} locale={locale} as="p" />
                </article>
              </li>
            );
          })}
        </ul>
      )}
      <NewsPagination shell={shell} page={page} last={last} />
    </Layout>
  );
}
