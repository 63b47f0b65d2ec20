import { buildColorScale, type ColorClass, type ColorScale } from "../../../shared/map/color-scale.ts";
import type { Locale } from "../../../shared/vocabulary.ts";
import { translate } from "../../i18n/translate.ts";
import { REGION_SEEDS } from "../../modules/regions/regions.data.ts";
import { type RegionShape, regionGeometry } from "./region-geometry.ts";

export interface RegionMapInput {
  counts: Record<string, number>;
  locale: Locale;
  hrefFor: (regionCode: string) => string;
  selected?: string;
}

/** Everything the SVG, the legend and the table need about one region, already in the page's language. */
export interface RegionView {
  code: string;
  isCity: boolean;
  name: string;
  count: number;
  colorClass: ColorClass;
  href: string;
  /** «Шымкент: 12 қызмет» — the link's accessible name. */
  label: string;
  selected: boolean;
  shape: RegionShape;
}

export interface RegionMapModel {
  width: number;
  height: number;
  /** Drawing order: regions first, cities last so they sit on top of the region around them. */
  regions: readonly RegionView[];
  scale: ColorScale;
}

const SEEDS_BY_CODE = new Map(REGION_SEEDS.map((seed) => [seed.code, seed]));

function countOf(counts: Record<string, number>, code: string): number {
  const value = counts[code];
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

/** Names come from REGION_SEEDS, not from the GeoJSON, whose names have known spelling quirks. */
export function buildRegionMapModel(input: RegionMapInput): RegionMapModel {
  const geometry = regionGeometry();
  const scale = buildColorScale(geometry.regions.map((shape) => countOf(input.counts, shape.code)));
  const regions = geometry.regions.map((shape): RegionView => {
    const seed = SEEDS_BY_CODE.get(shape.code);
    if (!seed) throw new Error(`the boundaries file has ${shape.code}, which REGION_SEEDS does not`);
    const name = seed.name[input.locale];
    const count = countOf(input.counts, shape.code);
    return {
      code: shape.code,
      isCity: seed.kind === "city",
      name,
      count,
      colorClass: scale.classOf(count),
      href: input.hrefFor(shape.code),
      label: translate(input.locale, "site.map.region_count", { name, count }),
      selected: input.selected === shape.code,
      shape,
    };
  });
  regions.sort((a, b) => Number(a.isCity) - Number(b.isCity) || a.code.localeCompare(b.code));
  return { width: geometry.width, height: geometry.height, regions, scale };
}

/** Counts in the page's language (grouping, digits), shared by the map labels, legend and table. */
export function formatCount(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale).format(value);
}
