/**
 * Kazakhstan's business identification number (BIN): 12 digits, the last one a check digit
 * computed like the IIN's. Pure, so the form, the API contract and imports share it.
 */

const FIRST_PASS_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_PASS_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

const weightedSum = (digits: readonly number[], weights: readonly number[]): number =>
  weights.reduce((sum, weight, index) => sum + weight * (digits[index] ?? 0), 0);

/** The check digit for the first 11 digits, or null when no check digit exists (the number is unusable). */
export function binCheckDigit(first11: string): number | null {
  if (!/^\d{11}$/.test(first11)) return null;
  const digits = [...first11].map(Number);
  let check = weightedSum(digits, FIRST_PASS_WEIGHTS) % 11;
  if (check === 10) check = weightedSum(digits, SECOND_PASS_WEIGHTS) % 11;
  return check === 10 ? null : check;
}

export const isBinFormat = (value: string): boolean => /^\d{12}$/.test(value);

export function isValidBin(value: string): boolean {
  if (!isBinFormat(value)) return false;
  return binCheckDigit(value.slice(0, 11)) === Number(value[11]);
}
