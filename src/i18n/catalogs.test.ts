import { describe, expect, it } from "vitest";
import { checkCatalogs, keysUsedInSource, readCatalogs } from "./check-catalogs.ts";

describe("i18n catalogs", () => {
  it("have the same keys and placeholders in kk, ru and en, and cover every key the code uses", () => {
    expect(checkCatalogs()).toEqual([]);
  });

  it("reports a key missing in one language and a placeholder mismatch", () => {
    const catalogs = readCatalogs();
    const broken = {
      kk: { ...catalogs.kk, "errors.only_here": "тек осында" },
      ru: { ...catalogs.ru, "validation.too_small_string": "Не короче {minimum}" },
      en: catalogs.en ?? {},
    };
    const problems = checkCatalogs(broken);
    expect(problems).toContain("ru: missing key errors.only_here");
    expect(problems.some((p) => p.includes("validation.too_small_string has placeholders"))).toBe(true);
  });

  it("finds the message keys written in the source", () => {
    expect(keysUsedInSource().has("errors.in_use")).toBe(true);
  });
});
