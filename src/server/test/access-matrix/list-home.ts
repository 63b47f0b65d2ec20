import type { ApiClient } from "../api-client.ts";
import { compareRows } from "./list-checks.ts";
import { type Caller, VISIBLE } from "./list-visibility.ts";
import type { WorldTruth } from "./world-truth.ts";

type Row = Record<string, string>;

/**
 * GET /api/home is not a list route (no `items`), but its sections are rows of scoped kinds, cut to what
 * the caller is responsible for: each must be one the caller may see.
 */
export async function checkHome(client: ApiClient, caller: Caller, world: WorldTruth) {
  const { status, body } = await client.get("/api/home");
  const where = `GET /api/home as ${caller.role}`;
  if (status !== 200) return { problems: [`${where}: ${status}`], rows: 0 };
  const visible = (kind: string) => VISIBLE[kind]?.(world, caller) ?? [];
  const listings = [
    ...visible("services").map((id) => `service/${id}`),
    ...visible("organizations").map((id) => `organization/${id}`),
  ];
  const sections: Array<[string, string[], string[]]> = [
    ["expiringMemoranda", body.expiringMemoranda.map((m: Row) => m.id), visible("memoranda")],
    ["overdueCommitments", body.overdueCommitments.map((c: Row) => c.memorandumId), visible("memoranda")],
    ["staleListings", body.staleListings.map((l: Row) => `${l.kind}/${l.id}`), listings],
    ["openReports", body.openReports.map((r: Row) => r.id), visible("reports")],
  ];
  const problems = sections.flatMap(([name, got, allowed]) =>
    compareRows(`${where} ${name}`, [...new Set(got)], allowed, true),
  );
  return { problems, rows: sections.reduce((sum, [, got]) => sum + got.length, 0) };
}
