ALTER TABLE "organizations" ADD COLUMN "search_key" text;--> statement-breakpoint
ALTER TABLE "regions" ADD COLUMN "search_key" text;--> statement-breakpoint
ALTER TABLE "locations" ADD COLUMN "search_key" text;--> statement-breakpoint
ALTER TABLE "locations" ADD COLUMN "locality_keys" text[];--> statement-breakpoint
ALTER TABLE "service_categories" ADD COLUMN "search_key" text;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "search_key" text;