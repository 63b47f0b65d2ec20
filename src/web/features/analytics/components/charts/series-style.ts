/**
 * Series colours of distinct hue (blue, orange, green, purple), each dark enough
 * against white (≥ 3:1); every series also has its own marker and dash, so colour is never the only cue.
 */
export const SERIES_COLORS = ["#0a5ea8", "#b45309", "#047857", "#7e22ce"] as const;
export const SERIES_DASHES = [undefined, "6 4", "2 3", "10 3 2 3"] as const;
export const SERIES_MARKERS = ["circle", "square", "triangle", "diamond"] as const;
export type SeriesMarker = (typeof SERIES_MARKERS)[number];
