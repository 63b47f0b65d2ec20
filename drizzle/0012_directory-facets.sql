CREATE TABLE "directory_facets" (
	"need_group" smallint NOT NULL,
	"region_code" text NOT NULL,
	"cost" text NOT NULL,
	"category_codes" text[] NOT NULL,
	"languages" text[] NOT NULL,
	"entries" integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "directory_facets_key_idx" ON "directory_facets" USING btree ("need_group","region_code","cost","category_codes","languages");