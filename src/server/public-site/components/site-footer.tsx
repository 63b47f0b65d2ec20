import type { Locale } from "../../../shared/vocabulary.ts";
import { translate } from "../../i18n/translate.ts";

export function SiteFooter({ locale }: { locale: Locale }) {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>{translate(locale, "site.footer.about")}</p>
        <p>{translate(locale, "site.footer.data")}</p>
        <p>
          <small>{translate(locale, "site.footer.credits")}</small>
        </p>
      </div>
    </footer>
  );
}
