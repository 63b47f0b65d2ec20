import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { ATTACHMENT_KINDS, FILE_CONTENT_TYPES } from "../../../shared/contracts/files.ts";
import { idColumn, localizedText } from "../../db/columns.ts";
import { users } from "../auth/auth.schema.ts";
import { initiatives } from "../initiatives/initiatives.schema.ts";
import { memoranda } from "../memoranda/memoranda.schema.ts";
import { newsPosts } from "../news/news.schema.ts";
import { practices } from "../practices/practices.schema.ts";

export const fileContentType = pgEnum("file_content_type", FILE_CONTENT_TYPES);
export const attachmentKind = pgEnum("attachment_kind", ATTACHMENT_KINDS);

/**
 * One row per upload. The bytes live outside the web root under their sha256, so two uploads of the same
 * content share one stored copy; images are stored re-encoded, and `thumbnailSha256` names their thumbnail.
 */
export const files = pgTable(
  "files",
  {
    id: idColumn(),
    sha256: text("sha256").notNull(),
    contentType: fileContentType("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    /** As the uploader's computer named it; used only in the download header. */
    originalName: text("original_name").notNull(),
    width: integer("width"),
    height: integer("height"),
    thumbnailSha256: text("thumbnail_sha256"),
    uploadedBy: text("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("files_sha256_idx").on(table.sha256),
    index("files_uploaded_by_idx").on(table.uploadedBy),
    check("files_sha256_format", sql`${table.sha256} ~ '^[0-9a-f]{64}$'`),
    check("files_size_positive", sql`${table.sizeBytes} > 0`),
  ],
);

/**
 * A file shown on one record. One foreign key per kind of record (exactly one is set), so deleting the
 * record deletes its attachments and an attachment never points at nothing.
 */
export const fileAttachments = pgTable(
  "file_attachments",
  {
    id: idColumn(),
    fileId: uuid("file_id")
      .notNull()
      .references(() => files.id, { onDelete: "restrict" }),
    kind: attachmentKind("kind").notNull(),
    memorandumId: uuid("memorandum_id").references(() => memoranda.id, { onDelete: "cascade" }),
    initiativeId: uuid("initiative_id").references(() => initiatives.id, { onDelete: "cascade" }),
    practiceId: uuid("practice_id").references(() => practices.id, { onDelete: "cascade" }),
    newsId: uuid("news_id").references(() => newsPosts.id, { onDelete: "cascade" }),
    caption: localizedText("caption"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("file_attachments_file_idx").on(table.fileId),
    uniqueIndex("file_attachments_memorandum_unique").on(table.memorandumId, table.fileId),
    uniqueIndex("file_attachments_initiative_unique").on(table.initiativeId, table.fileId),
    uniqueIndex("file_attachments_practice_unique").on(table.practiceId, table.fileId),
    uniqueIndex("file_attachments_news_unique").on(table.newsId, table.fileId),
    check(
      "file_attachments_one_target",
      sql`num_nonnulls(${table.memorandumId}, ${table.initiativeId}, ${table.practiceId}, ${table.newsId}) = 1`,
    ),
  ],
);
