import { Fragment, useId } from "react";
import { CLASS_FILLS, type ColorClass, DARK_CLASSES } from "../../../shared/map/color-scale.ts";
import type { Locale } from "../../../shared/vocabulary.ts";
import { translate } from "../../i18n/translate.ts";
import { RegionMapLegend } from "./region-map-legend.tsx";
import { buildRegionMapModel, formatCount, type RegionView } from "./region-map-model.ts";
import { RegionMapTable } from "./region-map-table.tsx";

export interface RegionMapProps {
  /** Number of services per region, keyed by ISO code ("KZ-79"); a missing code counts as 0. */
  counts: Record<string, number>;
  locale: Locale;
  hrefFor: (regionCode: string) => string;
  /** ISO code of the region the page is filtered by; it is outlined and marked aria-current. */
  selected?: string;
  /** Accessible name of the map; defaults to site.map.title. */
  title?: string;
}

const BORDER = "#6b7280";

/** Fill of a class; the empty class uses the hatch pattern so "no services" is not told by colour alone. */
function fillOf(colorClass: ColorClass, patternId: string): string {
  return colorClass === 0 ? `url(#${patternId})` : (CLASS_FILLS[colorClass] ?? "");
}

/**
 * Server-rendered choropleth of Kazakhstan's 20 top-level units. Every region is a plain link, so the map
 * works without JavaScript and with the keyboard; the legend and the table carry the same information
 * as text.
 */
export function RegionMap(props: RegionMapProps) {
  const model = buildRegionMapModel(props);
  const ids = idsFrom(useId());
  // a selected region is outlined by a <use> drawn after the last region, below the cities; a selected
  // city's marker carries the outline itself
  const outlineAfter = model.regions.some((region) => region.selected && !region.isCity)
    ? model.regions.findLast((region) => !region.isCity)
    : undefined;
  return (
    <div className="region-map">
      {/* biome-ignore lint/a11y/useSemanticElements: an <svg> cannot be a <fieldset>; the group names its links */}
      <svg
        className="region-map__svg"
        viewBox={`0 0 ${model.width} ${model.height}`}
        role="group"
        aria-labelledby={ids.title}
        aria-describedby={ids.desc}
      >
        <title id={ids.title}>{props.title ?? translate(props.locale, "site.map.title")}</title>
        <desc id={ids.desc}>{translate(props.locale, "site.map.desc")}</desc>
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
        <g
          fillRule="evenodd"
          stroke={BORDER}
          strokeWidth="0.8"
          strokeLinejoin="round"
          fontFamily="system-ui,sans-serif"
          fontWeight="600"
          textAnchor="middle"
        >
          {model.regions.map((region) => (
            <Fragment key={region.code}>
              <RegionLink region={region} ids={ids} locale={props.locale} />
              {region === outlineAfter ? <SelectedOutline ids={ids} /> : null}
            </Fragment>
          ))}
          <CountLabels regions={model.regions} locale={props.locale} />
        </g>
      </svg>
      <RegionMapLegend
        scale={model.scale}
        locale={props.locale}
        patternId={ids.pattern}
        titleId={ids.legend}
      />
      <RegionMapTable regions={model.regions} locale={props.locale} />
      <p className="region-map__credit">
        <small>{translate(props.locale, "site.map.credit")}</small>
      </p>
    </div>
  );
}

function RegionLink({ region, ids, locale }: { region: RegionView; ids: MapIds; locale: Locale }) {
  const { anchor } = region.shape;
  const fill = fillOf(region.colorClass, ids.pattern);
  const countText = formatCount(locale, region.count);
  return (
    <a
      href={region.href}
      aria-label={region.label}
      aria-current={region.selected ? "true" : undefined}
      className={`region-map__region region-map__region--c${region.colorClass}`}
      data-region={region.code}
    >
      {/* fill and dashes sit on the group so the selected outline (<use>) can replace them */}
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: SVG shapes are never focusable; Biome mistakes SVG elements for custom ones */}
      <g fill={fill} strokeDasharray={region.colorClass === 0 ? "4 3" : undefined} aria-hidden="true">
        <path d={region.shape.d} id={region.selected && !region.isCity ? ids.selected : undefined}>
          <title>{region.label}</title>
        </path>
        {region.isCity ? (
          <circle
            cx={anchor.x}
            cy={anchor.y}
            r={markerRadius(countText)}
            stroke={region.selected ? "#000" : "#111"}
            strokeWidth={region.selected ? 3 : 1.5}
          />
        ) : null}
      </g>
    </a>
  );
}

/** Counts drawn last, above every shape, and transparent to clicks so the region underneath gets them. */
function CountLabels({ regions, locale }: { regions: readonly RegionView[]; locale: Locale }) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: SVG shapes are never focusable; Biome mistakes SVG elements for custom ones
    <g className="region-map__labels" pointerEvents="none" aria-hidden="true">
      {regions.map((region) => {
        const dark = DARK_CLASSES.has(region.colorClass);
        return (
          <text
            key={region.code}
            x={region.shape.anchor.x}
            y={region.shape.anchor.y}
            dy=".35em"
            fontSize={region.isCity ? 13 : 18}
            fill={dark ? "#fff" : "#111"}
            stroke={dark ? "#0a2d61" : "#fff"}
            strokeWidth="3"
            paintOrder="stroke"
          >
            {formatCount(locale, region.count)}
          </text>
        );
      })}
    </g>
  );
}

function SelectedOutline({ ids }: { ids: MapIds }) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: SVG shapes are never focusable; Biome mistakes SVG elements for custom ones
    <use
      href={`#${ids.selected}`}
      className="region-map__selected"
      fill="none"
      stroke="#000"
      strokeWidth="3"
      pointerEvents="none"
      aria-hidden="true"
    />
  );
}

/** A city marker wide enough for its count at font size 13 (about 8 units per character). */
function markerRadius(countText: string): number {
  return Math.max(12, Math.ceil(4 + 4.2 * countText.length));
}

interface MapIds {
  title: string;
  desc: string;
  pattern: string;
  selected: string;
  legend: string;
}

/** React's ids contain characters that are awkward inside url(#…); keep letters, digits, _ and -. */
function idsFrom(reactId: string): MapIds {
  const base = `region-map${reactId.replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const id = (suffix: string) => `${base}-${suffix}`;
  return {
    title: id("title"),
    desc: id("desc"),
    pattern: id("empty"),
    selected: id("selected"),
    legend: id("legend"),
  };
}
