import type { Locale } from "../../../shared/vocabulary.ts";
import { translate } from "../../i18n/translate.ts";

/** Links that open WhatsApp or Telegram with this page's address; the page itself makes no request. */
export function ShareLinks({ url, locale }: { url: string; locale: Locale }) {
  const encoded = encodeURIComponent(url);
  return (
    <section className="share" aria-labelledby="share-heading">
      <h2 id="share-heading">{translate(locale, "site.share.heading")}</h2>
      <ul>
        <li>
          <a href={`https://wa.me/?text=${encoded}`} rel="noopener">
            {translate(locale, "site.share.whatsapp")}
          </a>
        </li>
        <li>
          <a href={`https://t.me/share/url?url=${encoded}`} rel="noopener">
            {translate(locale, "site.share.telegram")}
          </a>
        </li>
      </ul>
    </section>
  );
}
