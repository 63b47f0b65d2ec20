import { describe, expect, it } from "vitest";
import { formattersFor } from "./format.ts";
import { hasKazakhIntl, kazakhDate, kazakhDateTime, kazakhNumberFormat } from "./kazakh-intl.ts";

describe("formatting in the interface language", () => {
  it("formats calendar dates without moving a day, and numbers, per locale", () => {
    expect(formattersFor("ru").date("2026-12-25")).toBe("25 дек. 2026 г.");
    expect(formattersFor("en").date("2026-01-01")).toBe("1 Jan 2026");
    expect(formattersFor("kk").date("2026-12-25")).toBe("2026 ж. 25 жел.");
    expect(formattersFor("en").number(1234567.5)).toBe("1,234,567.5");
    expect(formattersFor("ru").number(1234567.5)).toBe("1\u00a0234\u00a0567,5");
    expect(formattersFor("kk").text({ ru: "Шымкент", en: "Shymkent" })).toBe("Шымкент");
    expect(formattersFor("en").date(null)).toBe("");
    expect(formattersFor("ru").list(["Шымкент", "Актау"])).toBe("Шымкент и Актау");
  });

  it("writes Kazakh like full ICU does where the browser lacks Kazakh data (Chromium)", () => {
    // Node has full ICU, so it is the reference the fallback must match.
    expect(hasKazakhIntl()).toBe(true);
    for (const iso of ["2026-01-05T00:00:00Z", "2026-06-30T00:00:00Z", "2026-12-25T00:00:00Z"]) {
      const date = new Date(iso);
      const icu = new Intl.DateTimeFormat("kk-KZ", { dateStyle: "medium", timeZone: "UTC" }).format(date);
      expect(kazakhDate(date, "UTC")).toBe(icu);
    }
    const moment = new Date("2026-03-08T09:05:00Z");
    const icuTime = new Intl.DateTimeFormat("kk-KZ", {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "UTC",
    });
    expect(kazakhDateTime(moment, "UTC")).toBe(icuTime.format(moment));
    expect(kazakhNumberFormat().format(1234567.5)).toBe(new Intl.NumberFormat("kk-KZ").format(1234567.5));
  });
});
