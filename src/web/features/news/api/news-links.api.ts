import { queryOptions } from "@tanstack/react-query";
import type { TNewsLink } from "../../../../shared/contracts/news.ts";
import type { NEWS_LINK_KINDS } from "../../../../shared/vocabulary.ts";
import { api } from "../../../lib/api.ts";
import { ApiError } from "../../../lib/api-client.ts";

/** Where each kind of linked record is read, and which of its fields names it. */
const SOURCES: Record<(typeof NEWS_LINK_KINDS)[number], { path: string; field: "title" | "name" }> = {
  memorandum: { path: "/api/memoranda", field: "title" },
  initiative: { path: "/api/initiatives", field: "title" },
  organization: { path: "/api/organizations", field: "name" },
  branch: { path: "/api/branches", field: "name" },
  practice: { path: "/api/practices", field: "title" },
};

/** What a post is about, as the list shows it; null when the record is gone or hidden from the caller. */
export interface LinkedRecord {
  name: Record<string, string>;
  number: string | null;
}

export const newsLinkQueryOptions = (link: TNewsLink) =>
  queryOptions({
    queryKey: ["news", "link", link.kind, link.entityId],
    queryFn: async ({ signal }): Promise<LinkedRecord | null> => {
      const source = SOURCES[link.kind];
      try {
        const record = await api.get<Record<string, unknown>>(
          `${source.path}/${encodeURIComponent(link.entityId)}`,
          undefined,
          signal,
        );
        return {
          name: (record[source.field] as Record<string, string> | undefined) ?? {},
          number: typeof record.number === "string" ? record.number : null,
        };
      } catch (error) {
        if (error instanceof ApiError && (error.status === 404 || error.status === 403)) return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });
