import { APIError, createAuthMiddleware } from "better-auth/api";
import { passwordProblem } from "../../shared/password-policy.ts";
import { negotiateLocale, translate } from "../i18n/translate.ts";

/** better-auth endpoints that set a new password for an existing user. */
const PASSWORD_SETTING_PATHS = new Set(["/change-password", "/reset-password", "/set-password"]);

/**
 * Before better-auth changes a password: refuse weak ones with a translated message, and end every other
 * session of the user whatever the client asked (`revokeOtherSessions` is otherwise the caller's choice).
 */
export const passwordChangeHook = createAuthMiddleware(async (ctx) => {
  if (!PASSWORD_SETTING_PATHS.has(ctx.path)) return;
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  const newPassword = body.newPassword;
  if (typeof newPassword === "string") {
    const problem = passwordProblem(newPassword);
    if (problem) {
      const locale = negotiateLocale(undefined, ctx.headers?.get("accept-language") ?? undefined);
      throw new APIError("BAD_REQUEST", {
        code: "PASSWORD_POLICY",
        message: translate(locale, problem.key, problem.params ?? {}),
      });
    }
  }
  if (ctx.path === "/change-password") return { context: { body: { ...body, revokeOtherSessions: true } } };
});
