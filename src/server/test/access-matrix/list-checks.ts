import type { ApiClient } from "../api-client.ts";
import { fillPath } from "../openapi-routes.ts";
import { ACCESS_TABLE, ROLES, type Role } from "./access-table.ts";
import { allItems, csvRows, type Item } from "./list-pager.ts";
import type { ListRoute } from "./list-routes.ts";
import type { FlatList, NestedList } from "./list-table.ts";
import { type Caller, VISIBLE } from "./list-visibility.ts";
import type { WorldTruth } from "./world-truth.ts";

export interface ListCallers {
  clients: Record<Role, ApiClient>;
  callers: Record<Role, Caller>;
}

/** Whether the access table lets the role use the list at all. */
export const mayList = (routeKey: string, role: Role) =>
  ACCESS_TABLE[routeKey]?.who[ROLES.indexOf(role)] !== "-";

const rowKeyOf = (entry: FlatList) => entry.rowKey ?? ((item: Item) => String(item.id));

/** What is extra and what is missing between the rows a caller got and the rows it may see. */
export function compareRows(where: string, got: string[], expected: string[], leaksOnly = false): string[] {
  const problems: string[] = [];
  const allowed = new Set(expected);
  const seen = new Set(got);
  const leaked = got.filter((key) => !allowed.has(key));
  if (leaked.length)
    problems.push(`${where}: ${leaked.length} row(s) the caller may not see: ${leaked.join(", ")}`);
  if (seen.size !== got.length) problems.push(`${where}: a row listed twice`);
  if (!leaksOnly) {
    const missing = expected.filter((key) => !seen.has(key));
    if (missing.length)
      problems.push(`${where}: ${missing.length} visible row(s) missing: ${missing.join(", ")}`);
  }
  return problems;
}

/** One flat list for one role, unfiltered: exactly the kind's visible rows, or refused if the role may not list. */
export async function checkFlatList(
  route: ListRoute,
  entry: FlatList,
  role: Role,
  world: WorldTruth,
  { clients, callers }: ListCallers,
): Promise<string[]> {
  const where = `${route.key} as ${role}`;
  const expected = VISIBLE[entry.kind]?.(world, callers[role]);
  if (!expected) return [`${where}: no visibility rule for kind ${entry.kind}`];
  const query = new URLSearchParams();
  if (route.format === "csv") {
    const { status, rows } = await csvRows(clients[role], route.path, query);
    if (!mayList(route.key, role)) return status === 200 ? [`${where}: a refused role got the CSV`] : [];
    if (status !== 200) return [`${where}: ${status}`];
    return rows.length === expected.length
      ? []
      : [`${where}: ${rows.length} CSV rows, ${expected.length} visible records`];
  }
  const listed = await allItems(clients[role], route, route.path, query);
  if (!mayList(route.key, role)) {
    return listed.status === 200
      ? [`${where}: a refused role got the list (${listed.items.length} rows)`]
      : [];
  }
  if (listed.status !== 200) return [`${where}: ${listed.status}`];
  const problems = listed.problem ? [`${where}: ${listed.problem}`] : [];
  return [...problems, ...compareRows(where, listed.items.map(rowKeyOf(entry)), expected)];
}

/** A list under each record of its parent kind: the record's children when the caller may see it, never otherwise. */
export async function checkNestedList(
  route: ListRoute,
  entry: NestedList,
  role: Role,
  world: WorldTruth,
  { clients, callers }: ListCallers,
): Promise<string[]> {
  const visibleParents = new Set(VISIBLE[entry.parentKind]?.(world, callers[role]) ?? []);
  const parents = world[entry.parentKind].map((record) => record.id);
  const problems: string[] = [];
  for (const parentId of parents) {
    const path = fillPath(route.path, { id: parentId });
    const where = `${route.key} (${parentId}) as ${role}`;
    const listed = await allItems(clients[role], route, path, new URLSearchParams());
    const required =
      ACCESS_TABLE[route.key]?.who[ROLES.indexOf(role)] === "A" && visibleParents.has(parentId);
    if (listed.status !== 200) {
      if (required) problems.push(`${where}: ${listed.status} for a visible record`);
      continue;
    }
    if (!visibleParents.has(parentId)) {
      problems.push(`${where}: listed the children of a record the caller may not see`);
      continue;
    }
    if (listed.problem) problems.push(`${where}: ${listed.problem}`);
    const got = listed.items.map((item) => String(item.id));
    problems.push(...compareRows(where, got, entry.children(world, parentId)));
  }
  return problems;
}
