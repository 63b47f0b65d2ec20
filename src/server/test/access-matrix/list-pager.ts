import { parse } from "csv-parse/sync";
import type { ApiClient } from "../api-client.ts";
import type { ListRoute } from "./list-routes.ts";

export type Item = Record<string, unknown>;

export interface Listed {
  status: number;
  items: Item[];
  /** What went wrong with the pages themselves (a total that disagrees with the rows, an endless list). */
  problem?: string;
}

const MAX_PAGES = 50;

/** The largest page the route allows, so the small fixture world takes one or two pages. */
function pageSize(route: ListRoute): number | null {
  const perPage = route.query.find((p) => p.name === "perPage");
  return perPage ? (perPage.schema.maximum ?? 20) : null;
}

/** Every row of a JSON list for one caller, page by page; `total` must count exactly those rows. */
export async function allItems(client: ApiClient, route: ListRoute, path: string, query: URLSearchParams) {
  const perPage = pageSize(route);
  const items: Item[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const params = new URLSearchParams(query);
    if (perPage) {
      params.set("page", String(page));
      params.set("perPage", String(perPage));
    }
    const search = params.toString();
    const response = await client.get(search ? `${path}?${search}` : path);
    if (response.status !== 200) return { status: response.status, items } satisfies Listed;
    const batch = (response.body?.items ?? []) as Item[];
    items.push(...batch);
    const total = response.body?.total;
    if (!perPage || batch.length < perPage) {
      const problem =
        typeof total === "number" && total !== items.length
          ? `total ${total} but ${items.length} rows`
          : summedOverHidden(response.body?.reachTotals, items);
      return { status: 200, items, problem } satisfies Listed;
    }
  }
  return { status: 200, items, problem: `more than ${MAX_PAGES} pages` } satisfies Listed;
}

/** Totals sent with a list (initiatives' reach) must add up the rows listed, not hidden ones. */
function summedOverHidden(totals: Record<string, number> | undefined, items: Item[]): string | undefined {
  if (!totals) return undefined;
  for (const [name, value] of Object.entries(totals)) {
    const sum = items.reduce(
      (acc, item) => acc + Number((item.reach as Record<string, number>)?.[name] ?? 0),
      0,
    );
    if (sum !== value) return `reachTotals.${name} ${value} but the rows add up to ${sum}`;
  }
  return undefined;
}

/** The data rows of a CSV download (without its header), or the status when it is refused. */
export async function csvRows(client: ApiClient, path: string, query: URLSearchParams) {
  const search = query.toString();
  const response = await client.get(search ? `${path}?${search}` : path);
  if (response.status !== 200) return { status: response.status, rows: [] as string[][] };
  const records = parse(String(response.body), { bom: true, relax_column_count: true }) as string[][];
  return { status: 200, rows: records.slice(1) };
}
