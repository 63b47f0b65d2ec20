import type { TestContext } from "../test-context.ts";

export interface ReportFields {
  message?: string;
  contact?: string;
  website?: string;
  returnTo?: string;
}

/**
 * Submits the public «report a problem» form like a browser without JavaScript. `ip` arrives as
 * X-Forwarded-For, which the app trusts in-process (no socket) so tests can stand for different clients.
 */
export function postReportForm(
  ctx: TestContext,
  path: string,
  fields: ReportFields = {},
  options: { ip?: string; lang?: string } = {},
) {
  const form = new URLSearchParams({
    message: "The phone number on this page does not answer any more.",
    ...fields,
  } as Record<string, string>);
  return ctx.app.request(path, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-forwarded-for": options.ip ?? "198.51.100.1",
      ...(options.lang ? { "accept-language": options.lang } : {}),
    },
    body: form.toString(),
  });
}
