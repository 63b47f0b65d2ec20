DROP TABLE "coverage_partner_cells" CASCADE;--> statement-breakpoint
DROP TABLE "coverage_service_cells" CASCADE;