import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZPasswordChange } from "../../shared/contracts/auth.ts";
import { ZUserCreate } from "../../shared/contracts/users.ts";
import { ZLocalizedText } from "../../shared/localized-text.ts";
import { contractResolver } from "./contract-resolver.ts";
import { createI18n } from "./i18n.ts";

const OPTIONS = { fields: {}, shouldUseNativeValidation: false } as never;

describe("contractResolver", () => {
  it("says what the API would say, in the interface language", async () => {
    const i18n = await createI18n("ru");
    const resolve = contractResolver(ZUserCreate, i18n);
    const result = await resolve(
      { email: "not-an-email", name: "", role: "coordinator" } as never,
      undefined,
      OPTIONS,
    );
    expect(result.errors).toMatchObject({
      email: { type: "invalid_format", message: "Неверный адрес электронной почты." },
      name: { message: "Обязательное поле." },
      regionCodes: { type: "custom", message: "Для координатора выберите хотя бы один регион." },
    });
  });

  it("keeps a whole-object message and its fields' messages side by side", async () => {
    const i18n = await createI18n("en");
    const schema = z.object({ title: ZLocalizedText(5) });
    const empty = await contractResolver(schema, i18n)({ title: {} } as never, undefined, OPTIONS);
    expect(empty.errors).toMatchObject({
      title: { message: "Fill in at least one language (Kazakh, Russian or English)." },
    });
    const long = await contractResolver(schema, i18n)(
      { title: { kk: "тым ұзын мәтін" } } as never,
      undefined,
      OPTIONS,
    );
    expect(long.errors).toMatchObject({ title: { kk: { message: "Must be at most 5 characters." } } });
  });

  it("passes the parsed values on when the input is valid", async () => {
    const i18n = await createI18n("kk");
    const resolve = contractResolver(ZPasswordChange, i18n);
    const differ = await resolve(
      { currentPassword: "old", newPassword: "a-long-password", confirmPassword: "another-one!" },
      undefined,
      OPTIONS,
    );
    expect(differ.errors).toMatchObject({ confirmPassword: { message: "Құпиясөздер сәйкес келмейді." } });
    const ok = await resolve(
      { currentPassword: "old", newPassword: "a-long-password", confirmPassword: "a-long-password" },
      undefined,
      OPTIONS,
    );
    expect(ok).toEqual({
      values: { currentPassword: "old", newPassword: "a-long-password", confirmPassword: "a-long-password" },
      errors: {},
    });
  });
});
