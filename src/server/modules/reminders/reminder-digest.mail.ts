import { REMINDER_GROUPS, type TDigestItem } from "../../../shared/contracts/notifications.ts";
import { pickLocalized } from "../../../shared/localized-text.ts";
import type { Locale } from "../../../shared/vocabulary.ts";
import { translate } from "../../i18n/translate.ts";
import type { MailMessage } from "../notifications/mailer.ts";

/** How many items of a group the mail lists; the rest are counted and left to the back office. */
export const MAIL_ITEMS_PER_GROUP = 25;

export interface DigestContext {
  locale: Locale;
  name: string;
  day: string;
  /** The public URL of the platform, without a trailing slash. */
  baseUrl: string;
  reportStaleDays: number;
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function detailOf(item: TDigestItem, locale: Locale): string {
  const date = item.date ?? "";
  switch (item.group) {
    case "expiringMemoranda":
      return translate(locale, "reminders.item.ends", { date });
    case "overdueCommitments":
      return translate(locale, "reminders.item.due", { date });
    case "staleListings":
      return item.date
        ? translate(locale, "reminders.item.verified", { date })
        : translate(locale, "reminders.item.never_verified");
    case "staleReports":
      return translate(locale, "reminders.item.received", { date });
  }
}

interface RenderedGroup {
  heading: string;
  lines: Array<{ label: string; detail: string; url: string }>;
  more: string | null;
}

function groupsOf(items: TDigestItem[], context: DigestContext): RenderedGroup[] {
  const appUrl = `${context.baseUrl.replace(/\/$/, "")}/app`;
  return REMINDER_GROUPS.flatMap((group) => {
    const inGroup = items.filter((item) => item.group === group);
    if (inGroup.length === 0) return [];
    const hidden = inGroup.length - MAIL_ITEMS_PER_GROUP;
    return [
      {
        heading: translate(context.locale, `reminders.group.${group}`, {
          count: inGroup.length,
          days: context.reportStaleDays,
        }),
        lines: inGroup.slice(0, MAIL_ITEMS_PER_GROUP).map((item) => ({
          label: pickLocalized(item.label, context.locale)?.text ?? item.id,
          detail: detailOf(item, context.locale),
          url: `${appUrl}${item.path}`,
        })),
        more: hidden > 0 ? translate(context.locale, "reminders.mail.more", { count: hidden }) : null,
      },
    ];
  });
}

/** One digest mail in the recipient's language: the items grouped by kind, each with its back-office link. */
export function renderDigestMail(to: string, items: TDigestItem[], context: DigestContext): MailMessage {
  const { locale } = context;
  const appUrl = `${context.baseUrl.replace(/\/$/, "")}/app/`;
  const groups = groupsOf(items, context);
  const subject = translate(locale, "reminders.mail.subject", { count: items.length, day: context.day });
  const greeting = translate(locale, "reminders.mail.greeting", { name: context.name });
  const intro = translate(locale, "reminders.mail.intro");
  const openApp = translate(locale, "reminders.mail.open_app");
  const footer = translate(locale, "reminders.mail.footer");

  const text = [
    greeting,
    "",
    intro,
    ...groups.flatMap((group) => [
      "",
      `${group.heading}:`,
      ...group.lines.map((line) => `- ${line.label} (${line.detail})\n  ${line.url}`),
      ...(group.more ? [`  ${group.more}`] : []),
    ]),
    "",
    `${openApp}: ${appUrl}`,
    "",
    footer,
  ].join("\n");

  const html = [
    `<!doctype html><html lang="${locale}"><body>`,
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    ...groups.map(
      (group) =>
        `<h2>${escapeHtml(group.heading)}</h2><ul>${group.lines
          .map(
            (line) =>
              `<li><a href="${escapeHtml(line.url)}">${escapeHtml(line.label)}</a> (${escapeHtml(line.detail)})</li>`,
          )
          .join("")}</ul>${group.more ? `<p>${escapeHtml(group.more)}</p>` : ""}`,
    ),
    `<p><a href="${escapeHtml(appUrl)}">${escapeHtml(openApp)}</a></p>`,
    `<p><small>${escapeHtml(footer)}</small></p>`,
    "</body></html>",
  ].join("\n");

  return { to, subject, text, html };
}
