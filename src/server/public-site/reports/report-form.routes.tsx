import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { z } from "zod";
import { isUuidShaped } from "../../../shared/contracts/news.ts";
import { type ReportEntityKind, ZReportForm } from "../../../shared/contracts/reports.ts";
import { pickLocalized } from "../../../shared/localized-text.ts";
import type { Locale } from "../../../shared/vocabulary.ts";
import type { AppEnv } from "../../http/context.ts";
import { messageForIssue } from "../../http/validation-hook.ts";
import { translate } from "../../i18n/translate.ts";
import {
  REPORT_WINDOW_SECONDS,
  reportableEntity,
  submitReport,
} from "../../modules/reports/reports.service.ts";
import type { PageShell } from "../components/layout.tsx";
import { resolvePageLocale } from "../page-locale.ts";
import { shellFor } from "../page-shell.ts";
import { NotFoundPage } from "../pages/not-found-page.tsx";
import { htmlPage } from "../render-page.ts";
import { clientAddress, hashAddress } from "./client-address.ts";
import type { ReportField, ReportFormState } from "./report-form-fields.tsx";
import { ReportFormPage, ReportNoticePage } from "./report-pages.tsx";

type Ctx = Context<AppEnv>;

const COLLECTIONS: ReadonlyArray<[string, ReportEntityKind]> = [
  ["services", "service"],
  ["organizations", "organization"],
];
const MAX_FORM_BYTES = 16 * 1024;

const shellOf = (c: Ctx, locale: Locale, title: string): PageShell =>
  shellFor(c, locale, { title, description: translate(locale, "site.report.intro"), noindex: true });

/** Only a path on this site, so the confirmation's «back» link cannot send anyone elsewhere. */
export function safeReturnTo(value: unknown, fallback: string): string {
  if (typeof value !== "string" || value.length > 1000) return fallback;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused.
  if (!/^\/(?![/\\])/.test(value) || /[\u0000-\u001f\\]/.test(value)) return fallback;
  return value;
}

async function readForm(c: Ctx): Promise<Record<string, string>> {
  try {
    const body = await c.req.parseBody();
    return Object.fromEntries(
      Object.entries(body).map(([key, value]) => [key, typeof value === "string" ? value : ""]),
    );
  } catch {
    return {}; // not a form at all: treated like an empty one, so the page explains what is missing
  }
}

function fieldErrors(error: z.ZodError, locale: Locale): ReportFormState["errors"] {
  const errors: ReportFormState["errors"] = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as ReportField;
    if (errors[field]) continue;
    const { key, params } = messageForIssue(issue);
    errors[field] = translate(locale, key, params);
  }
  return errors;
}

function notFound(c: Ctx, locale: Locale) {
  return htmlPage(
    c,
    <NotFoundPage shell={shellOf(c, locale, translate(locale, "site.not_found.title"))} />,
    404,
  );
}

function routesFor(app: Hono<AppEnv>, collection: string, kind: ReportEntityKind) {
  const entityPath = (id: string) => `/${collection}/${id}`;
  const load = async (c: Ctx, id: string) =>
    isUuidShaped(id) ? reportableEntity(c.get("deps").db, kind, id) : undefined;

  const formPage = (
    c: Ctx,
    locale: Locale,
    id: string,
    name: unknown,
    returnTo: string,
    state?: ReportFormState,
  ) => {
    const entityName = pickLocalized(name as Record<string, string>, locale);
    const title = translate(locale, "site.report.page_title", { name: entityName?.text ?? "" });
    return (
      <ReportFormPage
        shell={shellOf(c, locale, title)}
        entityName={entityName}
        action={`${entityPath(id)}/report`}
        returnTo={returnTo}
        state={state}
      />
    );
  };

  const notice = (c: Ctx, locale: Locale, key: string, returnTo: string) => (
    <ReportNoticePage
      shell={shellOf(c, locale, translate(locale, `site.report.${key}_title`))}
      title={translate(locale, `site.report.${key}_title`)}
      text={translate(locale, `site.report.${key}_text`)}
      returnTo={returnTo}
    />
  );

  // Post/redirect/get: reloading the confirmation does not send the report again.
  const sent = (c: Ctx, id: string, returnTo: string) =>
    c.redirect(`${entityPath(id)}/report/sent?returnTo=${encodeURIComponent(returnTo)}`, 303);

  app.get(`/${collection}/:id/report`, async (c) => {
    const locale = resolvePageLocale(c);
    const id = c.req.param("id");
    const entity = await load(c, id);
    if (!entity) return notFound(c, locale);
    const returnTo = safeReturnTo(c.req.query("returnTo"), entityPath(id));
    return htmlPage(c, formPage(c, locale, id, entity.name, returnTo));
  });

  app.get(`/${collection}/:id/report/sent`, (c) => {
    const locale = resolvePageLocale(c);
    const returnTo = safeReturnTo(c.req.query("returnTo"), entityPath(c.req.param("id")));
    return htmlPage(c, notice(c, locale, "sent", returnTo));
  });

  app.post(
    `/${collection}/:id/report`,
    bodyLimit({
      maxSize: MAX_FORM_BYTES,
      onError: (c) => {
        const locale = resolvePageLocale(c);
        const returnTo = entityPath(c.req.param("id") ?? "");
        return htmlPage(c, notice(c as Ctx, locale, "too_large", returnTo), 413);
      },
    }),
    async (c) => {
      const locale = resolvePageLocale(c);
      const id = c.req.param("id");
      const entity = await load(c, id);
      if (!entity) return notFound(c, locale);
      const form = await readForm(c);
      const returnTo = safeReturnTo(form.returnTo, entityPath(id));
      // A filled honeypot is a bot: it gets the same answer as a person, and nothing is stored.
      if (form.website?.trim()) return sent(c, id, returnTo);
      const values = { message: form.message ?? "", contact: form.contact ?? "" };
      const parsed = ZReportForm.safeParse(values);
      if (!parsed.success) {
        const state = { values, errors: fieldErrors(parsed.error, locale) };
        return htmlPage(c, formPage(c, locale, id, entity.name, returnTo, state), 400);
      }
      const { db, auth } = c.get("deps");
      const outcome = await submitReport(db, {
        entityKind: kind,
        entityId: id,
        message: parsed.data.message,
        contact: parsed.data.contact ?? null,
        locale,
        ipHash: hashAddress(clientAddress(c), auth.options.secret),
      });
      if (outcome === "rate_limited") {
        c.header("Retry-After", String(REPORT_WINDOW_SECONDS));
        return htmlPage(c, notice(c, locale, "limit", returnTo), 429);
      }
      return sent(c, id, returnTo);
    },
  );
}

/**
 * «Report a problem» without JavaScript: GET the form, POST it, and land on a confirmation page
 * (303 to `/…/:id/report/sent`). Bad input re-renders the form with its values and translated errors
 * (400); too many reports from one address within an hour get a 429 page.
 */
export function reportFormRoutes() {
  const app = new Hono<AppEnv>();
  for (const [collection, kind] of COLLECTIONS) routesFor(app, collection, kind);
  return app;
}
