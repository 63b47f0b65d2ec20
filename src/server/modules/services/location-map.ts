import { readFileSync } from "node:fs";
import path from "node:path";
import type { TLocationMap, TMapProjection } from "../../../shared/contracts/location-map.ts";
import { GEOJSON_FILE, MAP_WIDTH, regionGeometry, sharedDir } from "../../public-site/map/region-geometry.ts";

/** region-geometry.ts keeps this margin around the country; the test checks the two agree. */
export const MAP_PADDING = 8;

type Position = readonly [number, number];

/** Every position of the boundaries file, whatever the geometry type nests them in. */
function positionsOf(value: unknown, into: Position[] = []): Position[] {
  if (!Array.isArray(value)) return into;
  if (value.length >= 2 && typeof value[0] === "number" && typeof value[1] === "number") {
    into.push([value[0], value[1]]);
    return into;
  }
  for (const item of value) positionsOf(item, into);
  return into;
}

/** The same bounds and scale region-geometry.ts projects the boundaries with. */
export function mapProjection(file = path.join(sharedDir(), GEOJSON_FILE)): TMapProjection {
  const collection = JSON.parse(readFileSync(file, "utf8")) as {
    features: Array<{ geometry: { coordinates: unknown } }>;
  };
  let [minLon, maxLon, minLat, maxLat] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const feature of collection.features) {
    for (const [lon, lat] of positionsOf(feature.geometry.coordinates)) {
      minLon = Math.min(minLon, lon);
      maxLon = Math.max(maxLon, lon);
      minLat = Math.min(minLat, lat);
      maxLat = Math.max(maxLat, lat);
    }
  }
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scale = (MAP_WIDTH - 2 * MAP_PADDING) / ((maxLon - minLon) * kx);
  return { minLon, maxLat, kx, scale, padding: MAP_PADDING };
}

let cached: TLocationMap | undefined;

/** Built once per process: the boundaries change with a law, not while the server runs. */
export function locationMap(): TLocationMap {
  if (!cached) {
    const geometry = regionGeometry();
    cached = {
      width: geometry.width,
      height: geometry.height,
      projection: mapProjection(),
      regions: geometry.regions.map(({ code, d, anchor }) => ({ code, d, anchor })),
    };
  }
  return cached;
}
