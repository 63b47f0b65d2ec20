import { translate } from "../../i18n/translate.ts";
import { Layout, type PageShell } from "../components/layout.tsx";

/** What a family sees when the link to a card is broken or its services are gone: a normal site page. */
export function HelpCardErrorPage({ shell, message }: { shell: PageShell; message: string }) {
  return (
    <Layout shell={shell}>
      <h1>{translate(shell.locale, "site.help_card.error_title")}</h1>
      <p>{message}</p>
      <p>
        <a href={`/search?lang=${shell.locale}`}>
          {translate(shell.locale, "site.help_card.back_to_search")}
        </a>
      </p>
    </Layout>
  );
}
