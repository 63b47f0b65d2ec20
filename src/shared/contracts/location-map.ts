import { z } from "zod";

/**
 * The projection the public map draws Kazakhstan's regions with (public-site/map/region-geometry.ts):
 * x = (lon − minLon) · kx · scale + padding, y = (maxLat − lat) · scale + padding, in viewBox units.
 */
export const ZMapProjection = z.object({
  minLon: z.number(),
  maxLat: z.number(),
  kx: z.number(),
  scale: z.number(),
  padding: z.number(),
});
export type TMapProjection = z.infer<typeof ZMapProjection>;

/**
 * The regions as SVG paths and the projection, so a location's pin (or a back-office choropleth) can be
 * drawn on the same map.
 */
export const ZLocationMap = z.object({
  width: z.number(),
  height: z.number(),
  projection: ZMapProjection,
  /** `anchor`: where a region's label goes (the centroid of its largest part), in viewBox units. */
  regions: z.array(
    z.object({ code: z.string(), d: z.string(), anchor: z.object({ x: z.number(), y: z.number() }) }),
  ),
});
export type TLocationMap = z.infer<typeof ZLocationMap>;

/** Longitude and latitude to viewBox units. */
export function projectPoint(projection: TMapProjection, lon: number, lat: number): { x: number; y: number } {
  const { minLon, maxLat, kx, scale, padding } = projection;
  return { x: (lon - minLon) * kx * scale + padding, y: (maxLat - lat) * scale + padding };
}

/** ViewBox units back to longitude and latitude (where a click on the map lands). */
export function unprojectPoint(
  projection: TMapProjection,
  x: number,
  y: number,
): { lon: number; lat: number } {
  const { minLon, maxLat, kx, scale, padding } = projection;
  return { lon: (x - padding) / (kx * scale) + minLon, lat: maxLat - (y - padding) / scale };
}
