import { AppError } from "../../http/app-error.ts";

/** The longest period a dashboard reads, so one request cannot ask for centuries of months. */
const MAX_PERIOD_DAYS = 366 * 20;
const DAY_MS = 86_400_000;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The period of a dashboard query: as given, else the twelve months up to today (from the first day of the
 * month a year ago). An end before the start is a 400 on `to`.
 */
export function analyticsPeriod(
  query: { from?: string; to?: string },
  today = new Date(),
): {
  from: string;
  to: string;
} {
  const to = query.to ?? isoDay(today);
  const end = new Date(`${to}T00:00:00Z`);
  const from = query.from ?? isoDay(new Date(Date.UTC(end.getUTCFullYear() - 1, end.getUTCMonth() + 1, 1)));
  const days = (end.getTime() - new Date(`${from}T00:00:00Z`).getTime()) / DAY_MS;
  if (days < 0) throw AppError.validation("to", "validation.end_before_start");
  if (days > MAX_PERIOD_DAYS) throw AppError.validation("to", "validation.period_too_long");
  return { from, to };
}
