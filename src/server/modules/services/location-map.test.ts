import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectPoint, type TLocationMap, unprojectPoint } from "../../../shared/contracts/location-map.ts";
import { createTestContext, type TestContext } from "../../test/test-context.ts";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const numbers = (text: string) => [...text.matchAll(/-?(?:\d+\.?\d*|\.\d+)/g)].map((m) => Number(m[0]));

/** The bounding box of a path made of "M x y l dx dy … z" rings (region-geometry.ts writes them so). */
function boxOf(d: string) {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [, move, deltas] of d.matchAll(/M([^l]*)l([^z]*)z/g)) {
    let [x, y] = numbers(move ?? "") as [number, number];
    xs.push(x);
    ys.push(y);
    const steps = numbers(deltas ?? "");
    for (let i = 0; i + 1 < steps.length; i += 2) {
      x += steps[i] as number;
      y += steps[i + 1] as number;
      xs.push(x);
      ys.push(y);
    }
  }
  return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
}

describe("GET /api/location-map", () => {
  it("gives anyone the 20 regions and a projection that puts cities inside their own region", async () => {
    const response = await ctx.app.request("/api/location-map");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("max-age=86400");
    const map = (await response.json()) as TLocationMap;
    expect(map.width).toBe(1000);
    expect(map.regions).toHaveLength(20);
    const box = (code: string) => boxOf(map.regions.find((region) => region.code === code)?.d ?? "");
    const inside = (code: string, lon: number, lat: number) => {
      const { x, y } = projectPoint(map.projection, lon, lat);
      const b = box(code);
      return x > b.minX && x < b.maxX && y > b.minY && y < b.maxY;
    };
    // Shymkent, Aktau (Mangystau) and Oskemen (East Kazakhstan), each checked against a wrong region too.
    expect(inside("KZ-79", 69.5901, 42.3417)).toBe(true);
    expect(inside("KZ-47", 51.1667, 43.65)).toBe(true);
    expect(inside("KZ-63", 82.6, 49.95)).toBe(true);
    expect(inside("KZ-47", 69.5901, 42.3417)).toBe(false);
    expect(inside("KZ-79", 82.6, 49.95)).toBe(false);
  });

  it("projects the country's extremes onto the padding the drawn map keeps", async () => {
    const map = (await (await ctx.app.request("/api/location-map")).json()) as TLocationMap;
    const all = map.regions.map((region) => boxOf(region.d));
    const minX = Math.min(...all.map((b) => b.minX));
    const maxX = Math.max(...all.map((b) => b.maxX));
    const minY = Math.min(...all.map((b) => b.minY));
    // The westernmost and northernmost points of the paths are where the projection puts minLon and maxLat.
    const corner = projectPoint(map.projection, map.projection.minLon, map.projection.maxLat);
    expect(corner.x).toBeCloseTo(minX, 1);
    expect(corner.y).toBeCloseTo(minY, 1);
    expect(maxX).toBeCloseTo(map.width - map.projection.padding, 1);
    // A click on the map goes back to the same coordinates.
    const astana = projectPoint(map.projection, 71.43, 51.13);
    const back = unprojectPoint(map.projection, astana.x, astana.y);
    expect(back.lon).toBeCloseTo(71.43, 6);
    expect(back.lat).toBeCloseTo(51.13, 6);
  });
});
