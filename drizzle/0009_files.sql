CREATE TYPE "public"."attachment_kind" AS ENUM('signed_scan', 'photo', 'document', 'media', 'attachment');--> statement-breakpoint
CREATE TYPE "public"."file_content_type" AS ENUM('application/pdf', 'image/jpeg', 'image/png', 'image/webp');--> statement-breakpoint
CREATE TABLE "file_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_id" uuid NOT NULL,
	"kind" "attachment_kind" NOT NULL,
	"memorandum_id" uuid,
	"initiative_id" uuid,
	"practice_id" uuid,
	"news_id" uuid,
	"caption" jsonb,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "file_attachments_one_target" CHECK (num_nonnulls("file_attachments"."memorandum_id", "file_attachments"."initiative_id", "file_attachments"."practice_id", "file_attachments"."news_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sha256" text NOT NULL,
	"content_type" "file_content_type" NOT NULL,
	"size_bytes" integer NOT NULL,
	"original_name" text NOT NULL,
	"width" integer,
	"height" integer,
	"thumbnail_sha256" text,
	"uploaded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "files_sha256_format" CHECK ("files"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "files_size_positive" CHECK ("files"."size_bytes" > 0)
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "merged_into_id" uuid;--> statement-breakpoint
ALTER TABLE "file_attachments" ADD CONSTRAINT "file_attachments_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "file_attachments" ADD CONSTRAINT "file_attachments_memorandum_id_memoranda_id_fk" FOREIGN KEY ("memorandum_id") REFERENCES "public"."memoranda"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "file_attachments" ADD CONSTRAINT "file_attachments_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "file_attachments" ADD CONSTRAINT "file_attachments_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "file_attachments" ADD CONSTRAINT "file_attachments_news_id_news_posts_id_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "file_attachments" ADD CONSTRAINT "file_attachments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "file_attachments_file_idx" ON "file_attachments" USING btree ("file_id");--> statement-breakpoint
CREATE UNIQUE INDEX "file_attachments_memorandum_unique" ON "file_attachments" USING btree ("memorandum_id","file_id");--> statement-breakpoint
CREATE UNIQUE INDEX "file_attachments_initiative_unique" ON "file_attachments" USING btree ("initiative_id","file_id");--> statement-breakpoint
CREATE UNIQUE INDEX "file_attachments_practice_unique" ON "file_attachments" USING btree ("practice_id","file_id");--> statement-breakpoint
CREATE UNIQUE INDEX "file_attachments_news_unique" ON "file_attachments" USING btree ("news_id","file_id");--> statement-breakpoint
CREATE INDEX "files_sha256_idx" ON "files" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "files_uploaded_by_idx" ON "files" USING btree ("uploaded_by");--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_merged_into_id_organizations_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_not_merged_into_self" CHECK ("organizations"."merged_into_id" <> "organizations"."id");
--> statement-breakpoint
CREATE TRIGGER files_audit AFTER INSERT OR UPDATE OR DELETE ON files FOR EACH ROW EXECUTE FUNCTION yntymaq_audit('id', 'files');
--> statement-breakpoint
CREATE FUNCTION yntymaq_audit_attachment() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_row jsonb;
  new_row jsonb;
  row_data jsonb;
BEGIN
  IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD); END IF;
  IF TG_OP <> 'DELETE' THEN new_row := to_jsonb(NEW); END IF;
  IF TG_OP = 'UPDATE' AND old_row = new_row THEN RETURN NULL; END IF;
  row_data := coalesce(new_row, old_row);
  -- An attachment belongs to the history of the record it is shown on.
  INSERT INTO audit_log (actor_id, action, entity, entity_id, table_name, before, after)
  VALUES (
    nullif(current_setting('yntymaq.actor_id', true), ''),
    lower(TG_OP),
    CASE
      WHEN row_data ->> 'memorandum_id' IS NOT NULL THEN 'memoranda'
      WHEN row_data ->> 'initiative_id' IS NOT NULL THEN 'initiatives'
      WHEN row_data ->> 'practice_id' IS NOT NULL THEN 'practices'
      ELSE 'news'
    END,
    coalesce(row_data ->> 'memorandum_id', row_data ->> 'initiative_id', row_data ->> 'practice_id', row_data ->> 'news_id'),
    TG_TABLE_NAME,
    old_row,
    new_row
  );
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER file_attachments_audit AFTER INSERT OR UPDATE OR DELETE ON file_attachments FOR EACH ROW EXECUTE FUNCTION yntymaq_audit_attachment();
