import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { REGION_SEEDS } from "../../modules/regions/regions.data.ts";
import {
  type GeoFeature,
  isoCodeOf,
  MAP_WIDTH,
  projectFeatures,
  regionGeometry,
  sharedDir,
} from "./region-geometry.ts";

/** Absolute points of every ring of a path made of "M x y l dx dy … z" groups. */
function ringsOf(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  for (const [, move, deltas] of d.matchAll(/M([^l]*)l([^z]*)z/g)) {
    const [x0, y0] = numbers(move ?? "");
    const points: [number, number][] = [[x0 ?? Number.NaN, y0 ?? Number.NaN]];
    const steps = numbers(deltas ?? "");
    for (let i = 0; i < steps.length; i += 2) {
      const [px, py] = points[points.length - 1]!;
      points.push([round1(px + steps[i]!), round1(py + steps[i + 1]!)]);
    }
    rings.push(points);
  }
  return rings;
}
const numbers = (text: string) => [...text.matchAll(/-?(?:\d+\.?\d*|\.\d+)/g)].map((m) => Number(m[0]));
const round1 = (value: number) => Math.round(value * 10) / 10;

afterEach(() => {
  delete process.env.YNTYMAQ_SHARED_DIR;
});

describe("regionGeometry", () => {
  const geometry = regionGeometry();
  const byCode = new Map(geometry.regions.map((region) => [region.code, region]));

  it("has exactly the 20 regions of REGION_SEEDS, under ISO codes", () => {
    expect(geometry.regions.map((r) => r.code)).toEqual(REGION_SEEDS.map((seed) => seed.code).sort());
    expect(geometry.regions[0]?.code).toBe("KZ-10");
    expect(geometry.regions.at(-1)?.code).toBe("KZ-79");
  });

  it("projects into a 1000-wide viewBox with Kazakhstan's proportions", () => {
    expect(geometry.width).toBe(MAP_WIDTH);
    expect(geometry.height).toBeGreaterThan(500);
    expect(geometry.height).toBeLessThan(600);
  });

  it("draws every region with non-empty closed rings inside the viewBox, touching the padding edges", () => {
    const all: [number, number][] = [];
    for (const region of geometry.regions) {
      const rings = ringsOf(region.d);
      expect(rings.length, region.code).toBeGreaterThan(0);
      for (const ring of rings) expect(ring.length, region.code).toBeGreaterThanOrEqual(3);
      all.push(...rings.flat());
    }
    const xs = all.map(([x]) => x);
    const ys = all.map(([, y]) => y);
    expect(xs.every(Number.isFinite) && ys.every(Number.isFinite)).toBe(true);
    // exact extremes prove the relative encoding is lossless: any drift would move them
    expect(Math.min(...xs)).toBe(8);
    expect(Math.max(...xs)).toBe(992);
    expect(Math.min(...ys)).toBe(8);
    expect(Math.max(...ys)).toBeLessThanOrEqual(geometry.height - 8);
    expect(Math.max(...ys)).toBeGreaterThan(geometry.height - 9);
  });

  it("keeps the holes of the regions that surround a city", () => {
    for (const code of ["KZ-11", "KZ-19", "KZ-61"]) expect(ringsOf(byCode.get(code)!.d)).toHaveLength(2);
    expect(ringsOf(byCode.get("KZ-71")!.d)).toHaveLength(1);
  });

  it("puts label anchors where the places are", () => {
    const box = (code: string) => {
      const points = ringsOf(byCode.get(code)!.d)[0]!;
      const xs = points.map(([x]) => x);
      const ys = points.map(([, y]) => y);
      return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
    };
    const inside = (code: string, around: string) => {
      const { x, y } = byCode.get(code)!.anchor;
      const b = box(around);
      return x > b.minX && x < b.maxX && y > b.minY && y < b.maxY;
    };
    expect(inside("KZ-79", "KZ-61")).toBe(true); // Shymkent within Turkistan Region
    expect(inside("KZ-71", "KZ-11")).toBe(true); // Astana within Akmola Region
    expect(inside("KZ-75", "KZ-19")).toBe(true); // Almaty within Almaty Region
    expect(byCode.get("KZ-47")!.anchor.x).toBeLessThan(byCode.get("KZ-63")!.anchor.x); // west is left
    expect(byCode.get("KZ-59")!.anchor.y).toBeLessThan(byCode.get("KZ-61")!.anchor.y); // north is up
    for (const region of geometry.regions) {
      expect(region.anchor.x).toBeGreaterThan(0);
      expect(region.anchor.x).toBeLessThan(geometry.width);
      expect(region.anchor.y).toBeGreaterThan(0);
      expect(region.anchor.y).toBeLessThan(geometry.height);
    }
  });

  it("is computed once and cached", () => {
    expect(regionGeometry()).toBe(geometry);
  });

  it("rounds every coordinate to one decimal and stays small", () => {
    expect(geometry.regions.every((r) => !/\d\.\d\d/.test(r.d))).toBe(true);
    const bytes = geometry.regions.reduce((sum, r) => sum + Buffer.byteLength(r.d), 0);
    expect(bytes).toBeLessThan(16_000);
  });
});

describe("projectFeatures", () => {
  it("draws every part of a MultiPolygon and anchors the label in the largest one", () => {
    const square = (lon: number, lat: number, size: number) => [
      [
        [lon, lat],
        [lon + size, lat],
        [lon + size, lat + size],
        [lon, lat + size],
        [lon, lat],
      ] as [number, number][],
    ];
    const feature: GeoFeature = {
      properties: { ADM1_PCODE: "KZ47" },
      geometry: { type: "MultiPolygon", coordinates: [square(50, 44, 0.5), square(52, 42, 2)] },
    };
    const { regions, width, height } = projectFeatures([feature]);
    const [region] = regions;
    expect(region?.code).toBe("KZ-47");
    const rings = ringsOf(region?.d ?? "");
    expect(rings.map((ring) => ring.length)).toEqual([4, 4]); // closing point dropped, "z" closes
    // the big square spans lon 52–54, lat 42–44: the right, bottom part of the picture
    expect(region?.anchor.x).toBeGreaterThan(width / 2);
    expect(region?.anchor.y).toBeGreaterThan(height / 2);
  });
});

describe("sharedDir and codes", () => {
  it("defaults to ../shared beside the repository and honours YNTYMAQ_SHARED_DIR", () => {
    expect(sharedDir()).toBe(path.resolve(import.meta.dirname, "../../../../../shared"));
    process.env.YNTYMAQ_SHARED_DIR = "/srv/yntymaq-shared";
    expect(sharedDir()).toBe("/srv/yntymaq-shared");
  });

  it("turns the file's KZ10 into KZ-10 and rejects anything else", () => {
    expect(isoCodeOf("KZ79")).toBe("KZ-79");
    expect(() => isoCodeOf("KZ-79")).toThrow();
    expect(() => isoCodeOf(79)).toThrow();
  });
});
