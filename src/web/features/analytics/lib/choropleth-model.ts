import type { TLocationMap } from "../../../../shared/contracts/location-map.ts";
import type { ColorClass } from "../../../../shared/map/color-scale.ts";
import type { MetricUnit } from "./coverage-metrics.ts";
import { buildMetricScale, type MetricScale } from "./metric-scale.ts";

export interface ChoroplethRegion {
  code: string;
  d: string;
  anchor: { x: number; y: number };
  isCity: boolean;
  /** Null where the region has no figure (outside the filter, or no child population entered). */
  value: number | null;
  colorClass: ColorClass;
}

export interface ChoroplethModel {
  width: number;
  height: number;
  /** Cities last, so they are drawn over the region around them. */
  regions: readonly ChoroplethRegion[];
  scale: MetricScale;
}

export function buildChoroplethModel(
  shapes: TLocationMap,
  values: ReadonlyMap<string, number | null>,
  unit: MetricUnit,
  cityCodes: ReadonlySet<string>,
): ChoroplethModel {
  const figureOf = (code: string) => values.get(code) ?? null;
  const scale = buildMetricScale(
    shapes.regions.map((shape) => figureOf(shape.code)),
    unit,
  );
  const regions = shapes.regions.map(
    (shape): ChoroplethRegion => ({
      code: shape.code,
      d: shape.d,
      anchor: shape.anchor,
      isCity: cityCodes.has(shape.code),
      value: figureOf(shape.code),
      colorClass: scale.classOf(figureOf(shape.code)),
    }),
  );
  regions.sort((a, b) => Number(a.isCity) - Number(b.isCity) || a.code.localeCompare(b.code));
  return { width: shapes.width, height: shapes.height, regions, scale };
}
