DROP INDEX "directory_facets_key_idx";--> statement-breakpoint
ALTER TABLE "directory_facets" ADD COLUMN "min_age" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "directory_facets" ADD COLUMN "max_age" smallint DEFAULT 99 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "directory_facets_key_idx" ON "directory_facets" USING btree ("need_group","region_code","cost","category_codes","languages","min_age","max_age");