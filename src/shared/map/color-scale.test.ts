import { describe, expect, it } from "vitest";
import { buildColorScale, CLASS_FILLS } from "./color-scale.ts";

describe("buildColorScale", () => {
  it("puts 0 in the empty class, the maximum in the darkest and splits 1…max into five equal ranges", () => {
    const scale = buildColorScale([0, 1, 8, 9, 16, 17, 24, 25, 32, 33, 40]);
    expect(scale.max).toBe(40);
    expect([0, 1, 8, 9, 16, 17, 24, 25, 32, 33, 40].map(scale.classOf)).toEqual([
      0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5,
    ]);
    expect(scale.bins).toEqual([
      { colorClass: 0, from: 0, to: 0 },
      { colorClass: 1, from: 1, to: 8 },
      { colorClass: 2, from: 9, to: 16 },
      { colorClass: 3, from: 17, to: 24 },
      { colorClass: 4, from: 25, to: 32 },
      { colorClass: 5, from: 33, to: 40 },
    ]);
  });

  it("keeps ranges contiguous and without gaps when max is not a multiple of five", () => {
    const scale = buildColorScale([12]);
    expect(scale.bins.map((b) => [b.colorClass, b.from, b.to])).toEqual([
      [0, 0, 0],
      [1, 1, 2],
      [2, 3, 4],
      [3, 5, 7],
      [4, 8, 9],
      [5, 10, 12],
    ]);
    for (const bin of scale.bins.slice(1)) {
      for (let count = bin.from; count <= bin.to; count++) expect(scale.classOf(count)).toBe(bin.colorClass);
    }
  });

  it("leaves out classes no count can fall into when the maximum is small", () => {
    const scale = buildColorScale([0, 1, 2]);
    expect(scale.bins).toEqual([
      { colorClass: 0, from: 0, to: 0 },
      { colorClass: 3, from: 1, to: 1 },
      { colorClass: 5, from: 2, to: 2 },
    ]);
    expect([0, 1, 2].map(scale.classOf)).toEqual([0, 3, 5]);
  });

  it("gives a single count of 1 the darkest class and an all-zero map only the empty class", () => {
    expect(buildColorScale([0, 1]).classOf(1)).toBe(5);
    const empty = buildColorScale([0, 0, 0]);
    expect(empty.bins).toEqual([{ colorClass: 0, from: 0, to: 0 }]);
    expect(empty.classOf(0)).toBe(0);
    expect(buildColorScale([]).max).toBe(0);
  });

  it("treats negative, fractional and non-finite counts safely", () => {
    const scale = buildColorScale([Number.NaN, Number.POSITIVE_INFINITY, -3, 10.7]);
    expect(scale.max).toBe(10);
    expect(scale.classOf(-1)).toBe(0);
    expect(scale.classOf(Number.NaN)).toBe(0);
    expect(scale.classOf(0.5)).toBe(0);
    expect(scale.classOf(10.9)).toBe(5);
    expect(scale.classOf(1000)).toBe(5);
  });

  it("has one distinct fill per class", () => {
    expect(CLASS_FILLS).toHaveLength(6);
    expect(new Set(CLASS_FILLS).size).toBe(6);
  });
});
