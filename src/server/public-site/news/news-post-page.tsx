import { pickLocalized, type TLocalizedText } from "../../../shared/localized-text.ts";
import { translate } from "../../i18n/translate.ts";
import type { NewsRecord } from "../../modules/news/news.repository.ts";
import { formatDate } from "../components/format.ts";
import { Layout, type PageShell } from "../components/layout.tsx";
import { Localized } from "../components/translation-note.tsx";
import { FeedLinks } from "./news-list-page.tsx";

const asText = (value: unknown) => value as TLocalizedText | null;

/** Plain text written by people: blank lines separate paragraphs; nothing in it is markup. */
export const paragraphsOf = (text: string): string[] =>
  text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);

/** One published post. */
export function NewsPostPage({ shell, post }: { shell: PageShell; post: NewsRecord }) {
  const { locale } = shell;
  const t = (key: string, params?: Record<string, unknown>) => translate(locale, key, params);
  const pick = (value: unknown) => pickLocalized(asText(value), locale);
  const body = pick(post.body);
  const date = (post.publishedAt ?? post.createdAt).toISOString();
  return (
    <Layout shell={shell}>
      <article>
        <Localized text={pick(post.title)} locale={locale} as="h1" />
        <p className="news-date">
          <time dateTime={date}>{t("site.news.published_on", { date: formatDate(date, locale) })}</time>
        </p>
        <Localized text={pick(post.summary)} locale={locale} as="p" className="lead" />
        {body ? (
          <Localized text={body} locale={locale} as="div" className="prose">
            {paragraphsOf(body.text).map((paragraph, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one text never reorder.
              <p key={index}>{paragraph}</p>
            ))}
          </Localized>
        ) : null}
      </article>
      <p>
        <a href="/news">{t("site.news.all")}</a>
      </p>
      <FeedLinks locale={locale} />
    </Layout>
  );
}
