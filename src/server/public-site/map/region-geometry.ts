import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** One top-level unit ready to draw: an SVG path in viewBox units and where to put its label. */
export interface RegionShape {
  code: string;
  d: string;
  anchor: { x: number; y: number };
}

export interface RegionGeometry {
  width: number;
  height: number;
  regions: readonly RegionShape[];
}

type Position = readonly [number, number];
type Ring = readonly Position[];
type PolygonCoordinates = readonly Ring[];

export interface GeoFeature {
  properties: { ADM1_PCODE?: unknown };
  geometry:
    | { type: "Polygon"; coordinates: PolygonCoordinates }
    | { type: "MultiPolygon"; coordinates: readonly PolygonCoordinates[] };
}

export const GEOJSON_FILE = "geo/kaz_adm1_2024_simplified.geojson";
export const MAP_WIDTH = 1000;
const PADDING = 8;

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

/** The shared folder sits beside the repository; YNTYMAQ_SHARED_DIR overrides it (e.g. in a container). */
export function sharedDir(): string {
  return path.resolve(process.env.YNTYMAQ_SHARED_DIR ?? path.join(REPO_ROOT, "../shared"));
}

let cached: RegionGeometry | undefined;

/** Reads and projects the boundaries once per process. */
export function regionGeometry(): RegionGeometry {
  cached ??= projectFeatures(readFeatures(path.join(sharedDir(), GEOJSON_FILE)));
  return cached;
}

function readFeatures(file: string): GeoFeature[] {
  const collection = JSON.parse(readFileSync(file, "utf8")) as { features?: GeoFeature[] };
  if (!Array.isArray(collection.features)) throw new Error(`${file} is not a GeoJSON FeatureCollection`);
  return collection.features;
}

function polygonsOf(feature: GeoFeature): readonly PolygonCoordinates[] {
  return feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
}

/** The file spells codes "KZ10"; everything else in Yntymaq uses ISO 3166-2 "KZ-10". */
export function isoCodeOf(pcode: unknown): string {
  if (typeof pcode !== "string" || !/^KZ\d{2}$/.test(pcode))
    throw new Error(`unexpected ADM1_PCODE ${String(pcode)}`);
  return `KZ-${pcode.slice(2)}`;
}

/**
 * Equirectangular projection: longitude shrunk by cos(mean latitude) so shapes keep their proportions at
 * Kazakhstan's latitude. Coordinates are kept in integer tenths of a unit, which is the 1-decimal rounding.
 */
export function projectFeatures(features: readonly GeoFeature[]): RegionGeometry {
  const positions = features.flatMap((f) => polygonsOf(f).flatMap((polygon) => polygon.flat()));
  const lons = positions.map(([lon]) => lon);
  const lats = positions.map(([, lat]) => lat);
  const [minLon, maxLon, minLat, maxLat] = [
    Math.min(...lons),
    Math.max(...lons),
    Math.min(...lats),
    Math.max(...lats),
  ];
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scale = (MAP_WIDTH - 2 * PADDING) / ((maxLon - minLon) * kx);
  const height = Math.ceil((maxLat - minLat) * scale + 2 * PADDING);
  const toTenths = ([lon, lat]: Position): Position => [
    Math.round(((lon - minLon) * kx * scale + PADDING) * 10),
    Math.round(((maxLat - lat) * scale + PADDING) * 10),
  ];
  const regions = features.map((feature) => {
    const polygons = polygonsOf(feature).map((polygon) => polygon.map((ring) => dedupe(ring.map(toTenths))));
    return {
      code: isoCodeOf(feature.properties.ADM1_PCODE),
      d: polygons.flatMap((polygon) => polygon.map(ringPath)).join(""),
      anchor: anchorOf(polygons),
    };
  });
  return { width: MAP_WIDTH, height, regions: regions.sort((a, b) => a.code.localeCompare(b.code)) };
}

function dedupe(ring: Position[]): Position[] {
  const out = ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1]?.[0] || p[1] !== ring[i - 1]?.[1]);
  const first = out[0];
  const last = out[out.length - 1];
  // GeoJSON repeats the first position at the end; "z" closes the ring instead.
  if (out.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) out.pop();
  return out;
}

/** Absolute move, then relative line-tos: deltas in tenths are exact, so no rounding error accumulates. */
function ringPath(ring: readonly Position[]): string {
  const [first, ...rest] = ring;
  if (!first || rest.length < 2) return "";
  const deltas: string[] = [];
  let [px, py] = first;
  for (const [x, y] of rest) {
    deltas.push(num(x - px), num(y - py));
    [px, py] = [x, y];
  }
  return `M${compact([num(first[0]), num(first[1])])}l${compact(deltas)}z`;
}

/** Tenths to the shortest decimal text: 125 → "12.5", -5 → "-.5", 30 → "3". */
function num(tenths: number): string {
  return String(tenths / 10).replace(/^(-?)0\./, "$1.");
}

/** Joins numbers with a space only where the next one would otherwise merge into the previous one. */
function compact(numbers: readonly string[]): string {
  return numbers.reduce((out, next, i) => {
    const previous = numbers[i - 1];
    const merges = i > 0 && !next.startsWith("-") && !(next.startsWith(".") && previous?.includes("."));
    return out + (merges ? " " : "") + next;
  }, "");
}

/** Area-weighted centroid of the outer ring of the largest polygon, in viewBox units with 1 decimal. */
function anchorOf(polygons: readonly (readonly Position[])[][]): { x: number; y: number } {
  let best: { area: number; x: number; y: number } | undefined;
  for (const polygon of polygons) {
    const outer = polygon[0];
    if (!outer || outer.length < 3) continue;
    let area = 0;
    let cx = 0;
    let cy = 0;
    outer.forEach(([x0, y0], i) => {
      const [x1, y1] = outer[(i + 1) % outer.length] as Position;
      const cross = x0 * y1 - x1 * y0;
      area += cross;
      cx += (x0 + x1) * cross;
      cy += (y0 + y1) * cross;
    });
    if (area === 0) continue;
    const candidate = { area: Math.abs(area), x: cx / (3 * area), y: cy / (3 * area) };
    if (!best || candidate.area > best.area) best = candidate;
  }
  if (!best) throw new Error("a region has no drawable polygon");
  return { x: Math.round(best.x) / 10, y: Math.round(best.y) / 10 };
}
