import type { z } from "zod";

export const PASSWORD_POLICY_MIN_LENGTH = 12;

/** The most used passwords of 12+ characters in public breach lists; anything here is refused. */
const COMMON_PASSWORDS = new Set([
  "123456789012",
  "1234567890123",
  "12345678901234",
  "123456789012345",
  "1234567890qwerty",
  "qwertyuiop12",
  "qwertyuiop123",
  "qwertyuiopasdf",
  "qwertyuiopasdfgh",
  "qwertyuiopasdfghjkl",
  "1q2w3e4r5t6y",
  "1q2w3e4r5t6y7u",
  "1qaz2wsx3edc",
  "1qaz2wsx3edc4rfv",
  "zaq12wsxcde3",
  "password1234",
  "password12345",
  "password123456",
  "passwordpassword",
  "administrator",
  "administrator1",
  "adminadminadmin",
  "iloveyou1234",
  "welcome12345",
  "letmein12345",
  "abcdefghijkl",
  "abcdefghijklmnop",
  "abc123abc123",
  "trustno1trustno1",
  "changeme1234",
  "qazwsxedcrfv",
  "asdfghjkl123",
  "yntymaq12345",
  "yntymaq123456",
  "kazakhstan123",
  "kazakhstan2024",
  "qazaqstan123",
  "astana123456",
  "almaty123456",
]);

export interface PasswordProblem {
  key: string;
  params?: Record<string, number>;
}

/** Why a new password is refused, or null when it is acceptable. Length is counted in characters. */
export function passwordProblem(password: string): PasswordProblem | null {
  const characters = Array.from(password);
  if (characters.length < PASSWORD_POLICY_MIN_LENGTH) {
    return { key: "validation.password_too_short", params: { min: PASSWORD_POLICY_MIN_LENGTH } };
  }
  if (new Set(characters).size === 1) return { key: "validation.password_one_character" };
  if (COMMON_PASSWORDS.has(password.toLowerCase())) return { key: "validation.password_common" };
  return null;
}

/** The same rule as a zod refinement, for forms and contracts (the message is an i18n key). */
export function refinePassword(password: string, ctx: z.RefinementCtx): void {
  const problem = passwordProblem(password);
  if (problem) ctx.addIssue({ code: "custom", message: problem.key, params: problem.params });
}
