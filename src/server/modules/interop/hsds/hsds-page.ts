import type { HsdsRecord } from "./hsds-record-types.ts";

/** The HSDS OpenAPI's `Page` envelope around one page of records. */
export function hsdsPage(contents: HsdsRecord[], total: number, page: number, perPage: number) {
  const totalPages = Math.ceil(total / perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** A page of records that are all in memory (the taxonomies and their terms). */
export function pageOf(all: HsdsRecord[], page: number, perPage: number) {
  return hsdsPage(all.slice((page - 1) * perPage, page * perPage), all.length, page, perPage);
}
