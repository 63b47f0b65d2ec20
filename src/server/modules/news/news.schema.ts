import { boolean, index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { NEWS_LINK_KINDS } from "../../../shared/vocabulary.ts";
import { idColumn, localizedText, timestamps, versionColumn } from "../../db/columns.ts";
import { regions } from "../regions/regions.schema.ts";

export const newsLinkKind = pgEnum("news_link_kind", NEWS_LINK_KINDS);

export const newsPosts = pgTable(
  "news_posts",
  {
    id: idColumn(),
    slug: text("slug").notNull().unique(),
    title: localizedText("title").notNull(),
    summary: localizedText("summary"),
    body: localizedText("body").notNull(),
    regionCode: text("region_code").references(() => regions.code),
    published: boolean("published").notNull().default(false),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    ...timestamps(),
    version: versionColumn(),
  },
  (table) => [index("news_posts_published_idx").on(table.published, table.publishedAt)],
);

export const newsLinks = pgTable(
  "news_links",
  {
    newsId: uuid("news_id")
      .notNull()
      .references(() => newsPosts.id, { onDelete: "cascade" }),
    kind: newsLinkKind("kind").notNull(),
    entityId: uuid("entity_id").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.newsId, table.kind, table.entityId] }),
    index("news_links_entity_idx").on(table.kind, table.entityId),
  ],
);
