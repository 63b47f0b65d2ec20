import type { Context } from "hono";
import { type TDirectorySearchQuery, ZDirectorySearchQuery } from "../../../shared/contracts/directory.ts";

export const RESULTS_PER_PAGE = 20;
const LIST_KEYS = ["region", "category", "targetGroup", "cost", "language"] as const;
const SINGLE_KEYS = ["q", "locality", "age", "page"] as const;
const MAX_ATTEMPTS = 10;

type ListKey = (typeof LIST_KEYS)[number];

/** What the search page shows, as read from its URL; the URL is the whole state, so it can be shared. */
export interface SearchState {
  q: string;
  region: string[];
  locality: string;
  category: string[];
  targetGroup: string[];
  age: number | null;
  cost: string[];
  language: string[];
  page: number;
}

export const EMPTY_SEARCH: SearchState = {
  q: "",
  region: [],
  locality: "",
  category: [],
  targetGroup: [],
  age: null,
  cost: [],
  language: [],
  page: 1,
};

/**
 * Reads the search from the URL (repeated keys from checkboxes or comma lists from links). A value the
 * contract rejects is dropped rather than failing the page: a family gets results, never an error.
 */
export function readSearchState(c: Context): SearchState {
  const raw: Record<string, unknown> = {};
  for (const key of LIST_KEYS) {
    const values = (c.req.queries(key) ?? []).filter((value) => value.trim() !== "");
    if (values.length > 0) raw[key] = values;
  }
  for (const key of SINGLE_KEYS) {
    const value = c.req.query(key)?.trim();
    if (value) raw[key] = value;
  }
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const parsed = ZDirectorySearchQuery.safeParse(raw);
    if (parsed.success) return stateOf(parsed.data);
    for (const issue of parsed.error.issues) delete raw[String(issue.path[0])];
  }
  return EMPTY_SEARCH;
}

function stateOf(query: TDirectorySearchQuery): SearchState {
  return {
    q: query.q ?? "",
    region: query.region ?? [],
    locality: query.locality ?? "",
    category: query.category ?? [],
    targetGroup: query.targetGroup ?? [],
    age: query.age ?? null,
    cost: query.cost ?? [],
    language: query.language ?? [],
    page: query.page,
  };
}

export function directoryQueryOf(state: SearchState, perPage = RESULTS_PER_PAGE): TDirectorySearchQuery {
  const list = (values: string[]) => (values.length > 0 ? values : undefined);
  return {
    q: state.q || undefined,
    region: list(state.region),
    locality: state.locality || undefined,
    category: list(state.category),
    targetGroup: list(state.targetGroup) as TDirectorySearchQuery["targetGroup"],
    age: state.age ?? undefined,
    cost: list(state.cost) as TDirectorySearchQuery["cost"],
    language: list(state.language) as TDirectorySearchQuery["language"],
    radiusKm: 50,
    page: state.page,
    perPage,
  };
}

/** The query string of a search, in a stable order; lists are comma-joined to keep links short. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  const lists: Array<[ListKey, string[]]> = LIST_KEYS.map((key) => [key, state[key]]);
  for (const [key, values] of lists) if (values.length > 0) params.set(key, values.join(","));
  if (state.locality) params.set("locality", state.locality);
  if (state.age !== null) params.set("age", String(state.age));
  if (state.page > 1) params.set("page", String(state.page));
  return params.toString();
}

/** A link to the search with some parts changed; any change other than the page goes back to page 1. */
export function searchHref(state: SearchState, changes: Partial<SearchState> = {}): string {
  const next = { ...state, page: 1, ...changes };
  const query = searchQueryString(next);
  return query ? `/search?${query}` : "/search";
}

export const hasFilters = (state: SearchState): boolean =>
  state.region.length > 0 ||
  state.locality !== "" ||
  state.category.length > 0 ||
  state.targetGroup.length > 0 ||
  state.age !== null ||
  state.cost.length > 0 ||
  state.language.length > 0;
