import { z } from "zod";
import { PASSWORD_POLICY_MIN_LENGTH, refinePassword } from "../password-policy.ts";

/** better-auth's `minPasswordLength` (src/server/modules/auth/auth.ts); a test keeps the two equal. */
export const PASSWORD_MIN_LENGTH = PASSWORD_POLICY_MIN_LENGTH;
export const PASSWORD_MAX_LENGTH = 256;

/** The body of better-auth's `POST /api/auth/sign-in/email`. */
export const ZSignIn = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
export type TSignIn = z.infer<typeof ZSignIn>;

/** The change-password form; `confirmPassword` stays in the browser. */
export const ZPasswordChange = z
  .object({
    currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
    newPassword: z.string().max(PASSWORD_MAX_LENGTH).superRefine(refinePassword),
    confirmPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  })
  .superRefine((value, ctx) => {
    if (value.confirmPassword && value.newPassword !== value.confirmPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "validation.passwords_differ" });
    }
  });
export type TPasswordChange = z.infer<typeof ZPasswordChange>;
