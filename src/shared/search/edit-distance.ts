/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition), stopping early once
 * it exceeds `max`: the number of one-letter slips between two words.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const previous = rows[i - 1] ?? [];
      let value = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? max + 1;
}

/** How many slips a word of this length may carry and still be recognised. */
export const allowedSlips = (length: number): number => (length >= 8 ? 2 : length >= 5 ? 1 : 0);

/** The candidate nearest to `word` within the slips its length allows (the first of equals), or null. */
export function closestWithinSlips<T>(
  word: string,
  candidates: Iterable<T>,
  wordOf: (candidate: T) => string,
): T | null {
  const slips = allowedSlips(word.length);
  if (slips === 0) return null;
  let best: { candidate: T; distance: number } | null = null;
  for (const candidate of candidates) {
    const distance = editDistance(word, wordOf(candidate), slips);
    if (distance <= slips && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate ?? null;
}
