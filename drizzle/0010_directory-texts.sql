CREATE TABLE "directory_texts" (
	"service_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"search_text" text NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED NOT NULL,
	CONSTRAINT "directory_texts_service_id_location_id_pk" PRIMARY KEY("service_id","location_id")
);
--> statement-breakpoint
DROP INDEX "directory_entries_text_trgm_idx";--> statement-breakpoint
DROP INDEX "directory_entries_vector_idx";--> statement-breakpoint
CREATE INDEX "directory_texts_trgm_idx" ON "directory_texts" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "directory_texts_vector_idx" ON "directory_texts" USING gin ("search_vector");--> statement-breakpoint
ALTER TABLE "directory_entries" DROP COLUMN "search_vector";--> statement-breakpoint
ALTER TABLE "directory_entries" DROP COLUMN "search_text";