import { describe, expect, it } from "vitest";
import { allowedSlips, closestWithinSlips, editDistance } from "./edit-distance.ts";

describe("editDistance", () => {
  it.each([
    ["logoped", "logoped", 0],
    ["lagoped", "logoped", 1],
    ["shimknt", "shimkent", 1],
    ["almtay", "almaty", 1],
    ["kitten", "sitting", 3],
    ["", "abc", 3],
  ])("between %s and %s is %i", (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });

  it("stops early above the bound", () => {
    expect(editDistance("abcdefgh", "zyxwvuts", 2)).toBe(3);
  });

  it("allows no slip in short words, one from five letters and two from eight", () => {
    expect([allowedSlips(4), allowedSlips(5), allowedSlips(8)]).toEqual([0, 1, 2]);
  });

  it("picks the nearest candidate within the allowed slips, and none for short or distant words", () => {
    const words = ["shimkent", "shimkentt", "almati"];
    expect(closestWithinSlips("shimknt", words, (w) => w)).toBe("shimkent");
    expect(closestWithinSlips("almti", words, (w) => w)).toBe("almati");
    expect(closestWithinSlips("alm", words, (w) => w)).toBeNull();
    expect(closestWithinSlips("pavlodar", words, (w) => w)).toBeNull();
  });
});
