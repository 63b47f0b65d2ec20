import { describe, expect, it } from "vitest";
import { MIN_PASSWORD_LENGTH } from "../../server/modules/auth/auth.ts";
import { PASSWORD_MIN_LENGTH, ZPasswordChange, ZSignIn } from "./auth.ts";

describe("auth form contracts", () => {
  it("ask for the password length better-auth enforces", () => {
    expect(PASSWORD_MIN_LENGTH).toBe(MIN_PASSWORD_LENGTH);
    const short = "x".repeat(PASSWORD_MIN_LENGTH - 1);
    const change = ZPasswordChange.safeParse({
      currentPassword: "a",
      newPassword: short,
      confirmPassword: short,
    });
    expect(change.error?.issues.map((issue) => issue.path.join("."))).toEqual(["newPassword"]);
  });

  it("want an e-mail and a password to sign in", () => {
    expect(ZSignIn.safeParse({ email: "a@example.kz", password: "p" }).success).toBe(true);
    expect(
      ZSignIn.safeParse({ email: "a", password: "" }).error?.issues.map((issue) => issue.path[0]),
    ).toEqual(["email", "password"]);
  });
});
