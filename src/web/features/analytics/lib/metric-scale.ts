import { buildColorScale, type ColorClass } from "../../../../shared/map/color-scale.ts";
import { type MetricUnit, UNIT_STEPS } from "./coverage-metrics.ts";

export interface MetricBin {
  colorClass: ColorClass;
  /** Inclusive range in the metric's own units (a share 0…1, a rate per 10,000). */
  from: number;
  to: number;
}

export interface MetricScale {
  classOf: (value: number | null) => ColorClass;
  /** The empty class first, then the classes some value falls into, lightest first. */
  bins: readonly MetricBin[];
}

/**
 * The public map's equal-width colour scale (0 is its own hatched class, the maximum the darkest) for any
 * metric: values are counted in the unit's whole steps (1 %, 0.1 per 10,000), and a missing figure is
 * drawn like zero, since there is nothing there to show.
 */
export function buildMetricScale(values: Iterable<number | null>, unit: MetricUnit): MetricScale {
  const steps = UNIT_STEPS[unit];
  const toSteps = (value: number | null) =>
    value === null || !Number.isFinite(value) ? 0 : Math.round(value * steps);
  const scale = buildColorScale([...values].map(toSteps));
  return {
    classOf: (value) => scale.classOf(toSteps(value)),
    bins: scale.bins.map((bin) => ({
      colorClass: bin.colorClass,
      from: bin.from / steps,
      to: bin.to / steps,
    })),
  };
}
