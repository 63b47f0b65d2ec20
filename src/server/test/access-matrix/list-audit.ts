import type { Role } from "./access-table.ts";
import type { Half } from "./fixture-world.ts";
import { compareRows, type ListCallers } from "./list-checks.ts";
import { allItems } from "./list-pager.ts";
import type { ListRoute } from "./list-routes.ts";
import type { WorldTruth } from "./world-truth.ts";

/** The audited records of a half, by the `entity` name GET /api/audit takes. */
export function auditedRecords(half: Half): Array<{ entity: string; id: string }> {
  return [
    { entity: "memoranda", id: half.memorandumId },
    { entity: "memoranda", id: half.signedMemorandumId },
    { entity: "organizations", id: half.organizationId },
    { entity: "services", id: half.serviceId },
    { entity: "locations", id: half.locationId },
    { entity: "branches", id: half.branchId },
    { entity: "initiatives", id: half.initiativeId },
    { entity: "practices", id: half.practiceId },
    { entity: "news", id: half.newsId },
  ];
}

/**
 * A record's history holds that record's entries only, all of them; viewers and anonymous callers never
 * read one, and the coordinator of KZ-79 and the partner of organization A never read the other half's.
 */
export async function checkAudit(
  route: ListRoute,
  role: Role,
  halves: { own: Half; other: Half },
  world: WorldTruth,
  { clients }: ListCallers,
): Promise<string[]> {
  const problems: string[] = [];
  for (const scope of ["own", "other"] as const) {
    for (const { entity, id } of auditedRecords(halves[scope])) {
      const query = new URLSearchParams({ entity, id });
      const where = `${route.key}?${query} as ${role} (${scope})`;
      const listed = await allItems(clients[role], route, route.path, query);
      if (role === "admin" && listed.status !== 200) problems.push(`${where}: ${listed.status}`);
      if (listed.status !== 200) continue;
      const mayRead = role === "admin" || ((role === "coordinator" || role === "partner") && scope === "own");
      if (!mayRead) {
        problems.push(`${where}: read a history the caller may not`);
        continue;
      }
      if (listed.problem) problems.push(`${where}: ${listed.problem}`);
      const expected = world.audit.filter((a) => a.entity === entity && a.entityId === id).map((a) => a.id);
      problems.push(
        ...compareRows(
          where,
          listed.items.map((item) => String(item.id)),
          expected,
        ),
      );
    }
  }
  return problems;
}
