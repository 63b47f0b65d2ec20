import type { ReactNode } from "react";
import type { Locale } from "../../../shared/vocabulary.ts";
import { translate } from "../../i18n/translate.ts";

export interface DisplayText {
  text: string;
  locale: Locale;
}

interface NoteProps {
  /** The language of the page. */
  locale: Locale;
  /** The language the text is actually shown in. */
  textLocale: Locale;
  /** A short note for names and addresses; the full sentence for longer texts. */
  compact?: boolean;
}

/** Says, in the page's language, that a text is shown untranslated; renders nothing when it is translated. */
export function TranslationNote({ locale, textLocale, compact = false }: NoteProps) {
  if (textLocale === locale) return null;
  const language = translate(locale, `site.language.${textLocale}`);
  if (compact) {
    return (
      <small className="translation-note" lang={locale}>
        {" "}
        {translate(locale, "site.translation_missing_short", { language })}
      </small>
    );
  }
  return (
    <p className="translation-note" lang={locale}>
      {translate(locale, "site.translation_missing", { language })}
    </p>
  );
}

type Tag = "span" | "p" | "div" | "h1" | "h2" | "h3";
const INLINE: ReadonlySet<Tag> = new Set(["span"]);

interface LocalizedProps {
  text: DisplayText | null;
  locale: Locale;
  as?: Tag;
  className?: string;
  /** Replaces the plain text, e.g. with highlighted or linked content. */
  children?: ReactNode;
}

/** Text written by people: marked with its real language, followed by the note when it is a fallback. */
export function Localized({ text, locale, as: Element = "span", className, children }: LocalizedProps) {
  if (!text) return null;
  const fallback = text.locale !== locale;
  return (
    <>
      <Element className={className} lang={fallback ? text.locale : undefined}>
        {children ?? text.text}
      </Element>
      <TranslationNote locale={locale} textLocale={text.locale} compact={INLINE.has(Element)} />
    </>
  );
}
