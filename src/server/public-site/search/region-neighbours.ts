/**
 * Regions that share a border (and, for the three cities, the region around them), to suggest when a
 * search in one region finds nothing. Listed once per pair; the lookup works both ways.
 */
const BORDERS: ReadonlyArray<readonly [string, string]> = [
  ["KZ-10", "KZ-63"],
  ["KZ-10", "KZ-55"],
  ["KZ-10", "KZ-35"],
  ["KZ-10", "KZ-33"],
  ["KZ-11", "KZ-71"],
  ["KZ-11", "KZ-59"],
  ["KZ-11", "KZ-39"],
  ["KZ-11", "KZ-35"],
  ["KZ-11", "KZ-55"],
  ["KZ-11", "KZ-62"],
  ["KZ-15", "KZ-27"],
  ["KZ-15", "KZ-23"],
  ["KZ-15", "KZ-47"],
  ["KZ-15", "KZ-43"],
  ["KZ-15", "KZ-62"],
  ["KZ-15", "KZ-39"],
  ["KZ-19", "KZ-75"],
  ["KZ-19", "KZ-33"],
  ["KZ-19", "KZ-31"],
  ["KZ-19", "KZ-35"],
  ["KZ-23", "KZ-27"],
  ["KZ-23", "KZ-47"],
  ["KZ-31", "KZ-61"],
  ["KZ-31", "KZ-35"],
  ["KZ-33", "KZ-35"],
  ["KZ-35", "KZ-55"],
  ["KZ-35", "KZ-62"],
  ["KZ-35", "KZ-71"],
  ["KZ-39", "KZ-59"],
  ["KZ-39", "KZ-62"],
  ["KZ-43", "KZ-61"],
  ["KZ-43", "KZ-62"],
  ["KZ-55", "KZ-63"],
  ["KZ-61", "KZ-62"],
  ["KZ-61", "KZ-79"],
  ["KZ-31", "KZ-79"],
];

const NEIGHBOURS = new Map<string, string[]>();
for (const [a, b] of BORDERS) {
  NEIGHBOURS.set(a, [...(NEIGHBOURS.get(a) ?? []), b]);
  NEIGHBOURS.set(b, [...(NEIGHBOURS.get(b) ?? []), a]);
}

/** The neighbours of the given regions, without the regions themselves, each once. */
export function neighboursOf(regionCodes: readonly string[]): string[] {
  const own = new Set(regionCodes);
  const result = new Set<string>();
  for (const code of regionCodes) for (const n of NEIGHBOURS.get(code) ?? []) if (!own.has(n)) result.add(n);
  return [...result];
}
