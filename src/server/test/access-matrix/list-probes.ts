import type { Role } from "./access-table.ts";
import { compareRows, type ListCallers, mayList } from "./list-checks.ts";
import { allItems, csvRows } from "./list-pager.ts";
import type { ListRoute } from "./list-routes.ts";
import { type FlatList, type OtherHalf, type Probe, WIDENING_PARAMS } from "./list-table.ts";
import { VISIBLE } from "./list-visibility.ts";
import type { WorldTruth } from "./world-truth.ts";

/** The queries to try on a route: each widening parameter it takes, with each of its values. */
export function probesOf(route: ListRoute, other: OtherHalf): Probe[] {
  return route.query.flatMap((parameter) => {
    const values = WIDENING_PARAMS[parameter.name];
    if (!values) return [];
    if (values !== "enum") return values(other);
    const options = parameter.schema.enum ?? parameter.schema.items?.enum ?? [];
    return options.map((option) => ({ [parameter.name]: String(option) }));
  });
}

/**
 * A filter never shows what the list without it hides: every row returned with a probe is one the
 * caller may see. A CSV export holds as many rows as its JSON list with the same query.
 */
export async function checkProbes(
  route: ListRoute,
  entry: FlatList,
  role: Role,
  world: WorldTruth,
  other: OtherHalf,
  { clients, callers }: ListCallers,
  jsonRoutes: Map<string, ListRoute>,
): Promise<{ problems: string[]; requests: number }> {
  if (!mayList(route.key, role)) return { problems: [], requests: 0 };
  const visible = VISIBLE[entry.kind]?.(world, callers[role]) ?? [];
  const rowKey = entry.rowKey ?? ((item: Record<string, unknown>) => String(item.id));
  const problems: string[] = [];
  const probes = probesOf(route, other);
  for (const probe of probes) {
    const query = new URLSearchParams(probe);
    const where = `${route.key}?${query} as ${role}`;
    if (route.format === "csv") {
      const json = jsonRoutes.get(`GET ${entry.sameRowsAs}`);
      if (!json) {
        problems.push(`${where}: no JSON list ${entry.sameRowsAs}`);
        continue;
      }
      const [csv, listed] = await Promise.all([
        csvRows(clients[role], route.path, query),
        allItems(clients[role], json, json.path, query),
      ]);
      if (csv.status !== listed.status)
        problems.push(`${where}: ${csv.status}, the JSON list ${listed.status}`);
      else if (csv.rows.length !== listed.items.length)
        problems.push(`${where}: ${csv.rows.length} CSV rows, ${listed.items.length} in the JSON list`);
      continue;
    }
    const listed = await allItems(clients[role], route, route.path, query);
    if (listed.status >= 500) problems.push(`${where}: ${listed.status}`);
    if (listed.status !== 200) continue;
    if (listed.problem) problems.push(`${where}: ${listed.problem}`);
    problems.push(...compareRows(where, listed.items.map(rowKey), visible, true));
  }
  return { problems, requests: probes.length };
}
