ALTER TABLE "directory_entries" ADD COLUMN "need_groups" smallint[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
CREATE INDEX "directory_entries_need_groups_idx" ON "directory_entries" USING gin ("need_groups");--> statement-breakpoint
CREATE INDEX "directory_entries_verified_idx" ON "directory_entries" USING btree ("last_verified_at" DESC NULLS LAST,"service_id","location_id");