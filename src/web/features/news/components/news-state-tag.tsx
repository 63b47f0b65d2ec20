import { useTranslation } from "react-i18next";
import type { TNews } from "../../../../shared/contracts/news.ts";

/** «Published» or «Draft» in words, never by colour alone. */
export function NewsStateTag({ post }: { post: Pick<TNews, "published"> }) {
  const { t } = useTranslation();
  return (
    <span className={post.published ? "tag" : "tag tag--muted"}>
      {t(post.published ? "app.news.state.published" : "app.news.state.draft")}
    </span>
  );
}
