/** Colour class of a region: 0 = no services, 1 … 5 = lightest … darkest. */
export type ColorClass = 0 | 1 | 2 | 3 | 4 | 5;

export const STEPS = 5;

/**
 * Sequential blues with roughly equal luminance ratios between neighbouring steps (about 1.5–2.1 : 1); white
 * text is used on the two darkest, near-black text on the others (both ≥ 5:1). Index 0 is the empty fill, used together with a hatch pattern and a dashed
 * outline so "no services" is not told by colour alone.
 */
export const CLASS_FILLS: readonly string[] = [
  "#f2f2f2",
  "#d4e5f4",
  "#8dbde3",
  "#4f8dc8",
  "#24609f",
  "#0a2d61",
];

/** Classes whose fill is dark enough that text on it must be white. */
export const DARK_CLASSES: ReadonlySet<ColorClass> = new Set<ColorClass>([4, 5]);

export interface ColorBin {
  colorClass: ColorClass;
  /** Inclusive range of counts in this class. */
  from: number;
  to: number;
}

export interface ColorScale {
  max: number;
  classOf: (count: number) => ColorClass;
  /** The empty class first, then only the classes that some count can fall into, lightest first. */
  bins: readonly ColorBin[];
}

/**
 * Fixed, equal-width breaks computed from the largest count: class k holds the counts c with
 * (k-1)·max/5 < c ≤ k·max/5, so 0 is always class 0 and the maximum always the darkest class.
 * Equal widths keep the legend's ranges contiguous and the colour proportional to the count.
 */
export function buildColorScale(counts: Iterable<number>): ColorScale {
  let max = 0;
  for (const count of counts) if (Number.isFinite(count) && count > max) max = Math.floor(count);
  const classOf = (count: number): ColorClass => {
    if (!Number.isFinite(count) || count <= 0 || max === 0) return 0;
    const c = Math.min(Math.floor(count), max);
    if (c === 0) return 0;
    return Math.ceil((STEPS * c) / max) as ColorClass;
  };
  const bins: ColorBin[] = [{ colorClass: 0, from: 0, to: 0 }];
  for (let k = 1; k <= STEPS && max > 0; k++) {
    const from = Math.floor(((k - 1) * max) / STEPS) + 1;
    const to = Math.floor((k * max) / STEPS);
    if (to >= from) bins.push({ colorClass: k as ColorClass, from, to });
  }
  return { max, classOf, bins };
}
