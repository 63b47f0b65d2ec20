CREATE TABLE "directory_entries" (
	"service_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"locality_keys" text[] NOT NULL,
	"category_codes" text[] NOT NULL,
	"target_groups" text[] NOT NULL,
	"cost" text NOT NULL,
	"languages" text[] NOT NULL,
	"min_age" integer,
	"max_age" integer,
	"latitude" double precision,
	"longitude" double precision,
	"last_verified_at" timestamp with time zone,
	"search_text" text NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED NOT NULL,
	CONSTRAINT "directory_entries_service_id_location_id_pk" PRIMARY KEY("service_id","location_id")
);
--> statement-breakpoint
ALTER TABLE "directory_entries" ADD CONSTRAINT "directory_entries_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_entries" ADD CONSTRAINT "directory_entries_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "directory_entries_region_idx" ON "directory_entries" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "directory_entries_location_idx" ON "directory_entries" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "directory_entries_categories_idx" ON "directory_entries" USING gin ("category_codes");--> statement-breakpoint
CREATE INDEX "directory_entries_text_trgm_idx" ON "directory_entries" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "directory_entries_vector_idx" ON "directory_entries" USING gin ("search_vector");