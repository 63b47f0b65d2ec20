CREATE TABLE "coverage_cells" (
	"age_band" smallint NOT NULL,
	"region_code" text NOT NULL,
	"category_code" text NOT NULL,
	"organization_type" text NOT NULL,
	"services" integer DEFAULT 0 NOT NULL,
	"free_services" integer DEFAULT 0 NOT NULL,
	"state_funded_services" integer DEFAULT 0 NOT NULL,
	"partners" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "coverage_cells_age_band_region_code_category_code_organization_type_pk" PRIMARY KEY("age_band","region_code","category_code","organization_type")
);
