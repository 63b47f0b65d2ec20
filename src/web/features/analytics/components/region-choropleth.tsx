import { useId, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { TLocationMap } from "../../../../shared/contracts/location-map.ts";
import { CLASS_FILLS, type ColorClass, DARK_CLASSES } from "../../../../shared/map/color-scale.ts";
import { buildChoroplethModel } from "../lib/choropleth-model.ts";
import type { MetricUnit } from "../lib/coverage-metrics.ts";
import type { ListTarget } from "../lib/list-links.ts";
import { useMetricFormat } from "../lib/use-metric-format.ts";
import { ChoroplethDownloads } from "./choropleth-downloads.tsx";
import { ChoroplethLegend, legendLabels } from "./choropleth-legend.tsx";
import { ChoroplethTable } from "./choropleth-table.tsx";

export interface RegionChoroplethProps {
  shapes: TLocationMap;
  /** The metric's value per region code; a region left out has no figure. */
  values: ReadonlyMap<string, number | null>;
  unit: MetricUnit;
  cityCodes: ReadonlySet<string>;
  /** The metric's name: the map's title, the legend's and the table's heading. */
  title: string;
  regionName: (code: string) => string;
  /** The list behind a region's figure, for the table's links. */
  listFor: (code: string) => ListTarget;
  selected?: string | undefined;
  /** Base of the downloaded files' names, e.g. «coverage-services». */
  fileName: string;
}

const BORDER = "#6b7280";

/** Fill of a class; the empty class is hatched so «nothing here» is not told by colour alone. */
const fillOf = (colorClass: ColorClass, patternId: string) =>
  colorClass === 0 ? `url(#${patternId})` : (CLASS_FILLS[colorClass] ?? "");

/**
 * Kazakhstan's 20 regions coloured by one metric, with the public map's geometry and colour scale. The
 * picture is an image for assistive technology; the table under it carries every figure and its link.
 */
export function RegionChoropleth(props: RegionChoroplethProps) {
  const { t } = useTranslation();
  const format = useMetricFormat();
  const svgRef = useRef<SVGSVGElement>(null);
  const ids = useIds();
  const model = useMemo(
    () => buildChoroplethModel(props.shapes, props.values, props.unit, props.cityCodes),
    [props.shapes, props.values, props.unit, props.cityCodes],
  );
  const selected = model.regions.find((region) => region.code === props.selected);
  const legend = legendLabels(model.scale, props.unit, format, t);
  return (
    <figure className="choropleth">
      <svg
        ref={svgRef}
        className="choropleth__svg"
        viewBox={`0 0 ${model.width} ${model.height}`}
        role="img"
        aria-labelledby={ids.title}
        aria-describedby={ids.desc}
      >
        <title id={ids.title}>{t("app.analytics.map.title", { metric: props.title })}</title>
        <desc id={ids.desc}>{t("app.analytics.map.desc")}</desc>
        <defs>
          <pattern
            id={ids.pattern}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill={CLASS_FILLS[0]} />
            <path d="M0 0v6" stroke="#9ca3af" strokeWidth="1.5" />
          </pattern>
        </defs>
        <g fillRule="evenodd" stroke={BORDER} strokeWidth="0.8" strokeLinejoin="round">
          {model.regions.map((region) =>
            region.isCity ? (
              <circle
                key={region.code}
                data-region={region.code}
                cx={region.anchor.x}
                cy={region.anchor.y}
                r="14"
                fill={fillOf(region.colorClass, ids.pattern)}
                stroke="#111"
                strokeWidth={region.code === props.selected ? 3 : 1.5}
                strokeDasharray={region.colorClass === 0 ? "4 3" : undefined}
              />
            ) : (
              <path
                key={region.code}
                data-region={region.code}
                d={region.d}
                fill={fillOf(region.colorClass, ids.pattern)}
                strokeDasharray={region.colorClass === 0 ? "4 3" : undefined}
              />
            ),
          )}
          {selected && !selected.isCity ? (
            <path d={selected.d} fill="none" stroke="#000" strokeWidth="3" className="choropleth__selected" />
          ) : null}
        </g>
        <g fontFamily="system-ui,sans-serif" fontWeight="600" textAnchor="middle" pointerEvents="none">
          {model.regions.map((region) => {
            const dark = DARK_CLASSES.has(region.colorClass);
            return (
              <text
                key={region.code}
                x={region.anchor.x}
                y={region.anchor.y}
                dy=".35em"
                fontSize={region.isCity ? 12 : 17}
                fill={dark ? "#fff" : "#111"}
                stroke={dark ? "#0a2d61" : "#fff"}
                strokeWidth="3"
                paintOrder="stroke"
              >
                {format.value(props.unit, region.value)}
              </text>
            );
          })}
        </g>
      </svg>
      <ChoroplethLegend title={props.title} items={legend} patternId={ids.pattern} />
      <figcaption className="choropleth__credit">
        <small>{t("site.map.credit")}</small>
      </figcaption>
      <ChoroplethDownloads
        svgRef={svgRef}
        fileName={props.fileName}
        texts={{
          title: t("app.analytics.map.title", { metric: props.title }),
          credit: t("site.map.credit"),
          legend: legend.map((item) => ({
            fill: item.colorClass === 0 ? `url(#${ids.pattern})` : (CLASS_FILLS[item.colorClass] ?? ""),
            dashed: item.colorClass === 0,
            label: item.label,
          })),
        }}
      />
      <ChoroplethTable
        title={props.title}
        regions={model.regions}
        unit={props.unit}
        regionName={props.regionName}
        listFor={props.listFor}
      />
    </figure>
  );
}

/** React's ids have characters awkward inside url(#…); keep letters, digits, _ and -. */
function useIds() {
  const base = `choropleth${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  return { title: `${base}-title`, desc: `${base}-desc`, pattern: `${base}-empty` };
}
