/** Age bands of the coverage matrix; a service counts in every band its age range overlaps (open ends). */
export const AGE_BANDS = ["0_3", "4_6", "7_12", "13_17"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const AGE_BAND_RANGES: Record<AgeBand, { min: number; max: number }> = {
  "0_3": { min: 0, max: 3 },
  "4_6": { min: 4, max: 6 },
  "7_12": { min: 7, max: 12 },
  "13_17": { min: 13, max: 17 },
};
