import { describe, expect, it } from "vitest";
import { monthsBetween, perMonth } from "./months.ts";

describe("monthsBetween", () => {
  it("lists every month of the period across a year's end, both ends included", () => {
    expect(monthsBetween("2025-11-15", "2026-02-01")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(monthsBetween("2026-03-01", "2026-03-31")).toEqual(["2026-03"]);
  });

  it("gives nothing for a reversed or unreadable period and stops at ten years", () => {
    expect(monthsBetween("2026-05-01", "2026-01-01")).toEqual([]);
    expect(monthsBetween("", "2026-01-01")).toEqual([]);
    expect(monthsBetween("2000-01-01", "2030-12-31")).toHaveLength(120);
  });
});

describe("perMonth", () => {
  it("adds the rows of a month (several regions) and puts zero where there are none", () => {
    const rows = [
      { month: "2026-01", count: 2 },
      { month: "2026-01", count: 3 },
      { month: "2026-03", count: 1 },
      { month: "2025-01", count: 9 },
    ];
    expect(perMonth(["2026-01", "2026-02", "2026-03"], rows, (row) => row.count)).toEqual([5, 0, 1]);
  });
});
