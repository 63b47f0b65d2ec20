import type { Locale } from "../../../shared/vocabulary.ts";
import { translate } from "../../i18n/translate.ts";
import { LanguageSwitch } from "./language-switch.tsx";

export type Section = "home" | "search" | "news" | null;

const NAV: ReadonlyArray<{ section: Exclude<Section, null>; href: string; key: string }> = [
  { section: "home", href: "/", key: "site.nav.home" },
  { section: "search", href: "/search", key: "site.nav.search" },
  { section: "news", href: "/news", key: "site.nav.news" },
];

export function SiteHeader({ locale, path, section }: { locale: Locale; path: string; section: Section }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <p className="site-brand">
          <a href="/">{translate(locale, "site.name")}</a>
          <span className="site-brand__tagline">{translate(locale, "site.tagline")}</span>
        </p>
        <nav className="site-nav" aria-label={translate(locale, "site.nav.label")}>
          <ul>
            {NAV.map((item) => (
              <li key={item.section}>
                <a href={item.href} aria-current={item.section === section ? "page" : undefined}>
                  {translate(locale, item.key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitch locale={locale} path={path} />
      </div>
    </header>
  );
}
