import type { TFunction } from "i18next";
import { useId } from "react";
import { CLASS_FILLS, type ColorClass } from "../../../../shared/map/color-scale.ts";
import type { MetricUnit } from "../lib/coverage-metrics.ts";
import type { MetricFormat } from "../lib/metric-format.ts";
import type { MetricScale } from "../lib/metric-scale.ts";

export interface LegendItem {
  colorClass: ColorClass;
  label: string;
}

/** «None», «7» or «3–4» (in the metric's unit) for each class of the scale. */
export function legendLabels(
  scale: MetricScale,
  unit: MetricUnit,
  format: MetricFormat,
  t: TFunction,
): LegendItem[] {
  return scale.bins.map((bin) => {
    if (bin.colorClass === 0) {
      return {
        colorClass: 0,
        label: t(
          unit === "count" ? "app.analytics.map.legend_none" : "app.analytics.map.legend_none_or_missing",
        ),
      };
    }
    const from = format.value(unit, bin.from);
    return {
      colorClass: bin.colorClass,
      label: bin.from === bin.to ? from : `${from}–${format.value(unit, bin.to)}`,
    };
  });
}

/** The colour key as a list of text ranges, so it is read, not guessed from colour. */
export function ChoroplethLegend({
  title,
  items,
  patternId,
}: {
  title: string;
  items: readonly LegendItem[];
  patternId: string;
}) {
  const titleId = useId();
  return (
    <div className="choropleth__legend">
      <p className="choropleth__legend-title" id={titleId}>
        {title}
      </p>
      <ul className="choropleth__legend-list" aria-labelledby={titleId}>
        {items.map((item) => (
          <li key={item.colorClass} data-color-class={item.colorClass}>
            <svg className="choropleth__swatch" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
              <rect
                x="0.75"
                y="0.75"
                width="16.5"
                height="16.5"
                fill={item.colorClass === 0 ? `url(#${patternId})` : CLASS_FILLS[item.colorClass]}
                stroke="#6b7280"
                strokeWidth="1.5"
                strokeDasharray={item.colorClass === 0 ? "4 3" : undefined}
              />
            </svg>
            <span>{item.label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
