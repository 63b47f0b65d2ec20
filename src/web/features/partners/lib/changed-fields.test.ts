import { describe, expect, it } from "vitest";
import { changedFields, emptyToNull, textOrNull, toNumberOrNull } from "./changed-fields.ts";

describe("changedFields", () => {
  it("keeps only fields whose value differs, comparing lists and texts by content", () => {
    const initial = { name: { kk: "А" }, regions: ["KZ-79"], phone: null, bin: "1" };
    expect(changedFields({ name: { kk: "А" }, regions: ["KZ-79"], phone: null, bin: "1" }, initial)).toEqual(
      {},
    );
    expect(
      changedFields({ name: { kk: "А", ru: "Б" }, regions: [], phone: "+7 7", bin: "1" }, initial),
    ).toEqual({ name: { kk: "А", ru: "Б" }, regions: [], phone: "+7 7" });
  });

  it("treats a missing initial value like null, so an untouched empty field is not sent", () => {
    expect(changedFields({ description: null, email: "a@b.kz" }, {})).toEqual({ email: "a@b.kz" });
  });
});

describe("form value helpers", () => {
  it("turns empty inputs into null and reads a decimal comma", () => {
    expect(emptyToNull("  ")).toBeNull();
    expect(emptyToNull("x")).toBe("x");
    expect(toNumberOrNull("")).toBeNull();
    expect(toNumberOrNull("42,5")).toBe(42.5);
    expect(toNumberOrNull("abc")).toBeNaN();
    expect(textOrNull({})).toBeNull();
    expect(textOrNull({ kk: " " })).toBeNull();
    expect(textOrNull({ ru: "Текст" })).toEqual({ ru: "Текст" });
  });
});
