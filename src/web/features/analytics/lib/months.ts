/**
 * Every month `YYYY-MM` from the month of `from` to the month of `to` (ISO dates), so a series over time
 * shows the months without any event as zero instead of leaving them out. Capped at ten years.
 */
export function monthsBetween(from: string, to: string): string[] {
  const [fromYear, fromMonth] = from.split("-").map(Number);
  const [toYear, toMonth] = to.split("-").map(Number);
  if (!fromYear || !fromMonth || !toYear || !toMonth) return [];
  const months: string[] = [];
  const last = toYear * 12 + toMonth - 1;
  for (let index = fromYear * 12 + fromMonth - 1; index <= last && months.length < 120; index++) {
    months.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`);
  }
  return months;
}

/** Sums `amountOf` of the rows per month of `months`, in that order. */
export function perMonth<Row extends { month: string }>(
  months: readonly string[],
  rows: readonly Row[],
  amountOf: (row: Row) => number,
): number[] {
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(row.month, (sums.get(row.month) ?? 0) + amountOf(row));
  return months.map((month) => sums.get(month) ?? 0);
}
