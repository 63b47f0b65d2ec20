import { translate } from "../../i18n/translate.ts";
import { Layout, type PageShell } from "../components/layout.tsx";
import { SearchBox } from "../components/search-box.tsx";

/** The site's 404: says so plainly and offers the search, in the visitor's language. */
export function NotFoundPage({ shell }: { shell: PageShell }) {
  const t = (key: string) => translate(shell.locale, key);
  return (
    <Layout shell={shell}>
      <h1>{t("site.not_found.title")}</h1>
      <p>{t("site.not_found.text")}</p>
      <h2>{t("site.not_found.search")}</h2>
      <SearchBox locale={shell.locale} id="not-found-q" />
    </Layout>
  );
}
