CREATE TABLE "coverage_facts" (
	"service_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"organization_type" text NOT NULL,
	"cost" text NOT NULL,
	"category_codes" text[] NOT NULL,
	"age_bands" smallint[] NOT NULL,
	CONSTRAINT "coverage_facts_service_id_region_code_pk" PRIMARY KEY("service_id","region_code")
);
--> statement-breakpoint
CREATE TABLE "coverage_partner_cells" (
	"region_code" text NOT NULL,
	"category_code" text NOT NULL,
	"age_band" smallint NOT NULL,
	"organization_type" text NOT NULL,
	"partners" integer NOT NULL,
	CONSTRAINT "coverage_partner_cells_age_band_region_code_category_code_organization_type_pk" PRIMARY KEY("age_band","region_code","category_code","organization_type")
);
--> statement-breakpoint
CREATE TABLE "coverage_partner_organizations" (
	"region_code" text NOT NULL,
	"category_code" text NOT NULL,
	"age_band" smallint NOT NULL,
	"organization_type" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"services" integer NOT NULL,
	CONSTRAINT "coverage_partner_organizations_region_code_category_code_age_band_organization_type_organization_id_pk" PRIMARY KEY("region_code","category_code","age_band","organization_type","organization_id")
);
--> statement-breakpoint
CREATE TABLE "coverage_service_cells" (
	"region_code" text NOT NULL,
	"category_code" text NOT NULL,
	"age_band" smallint NOT NULL,
	"organization_type" text NOT NULL,
	"cost" text NOT NULL,
	"services" integer NOT NULL,
	CONSTRAINT "coverage_service_cells_age_band_region_code_category_code_organization_type_cost_pk" PRIMARY KEY("age_band","region_code","category_code","organization_type","cost")
);
--> statement-breakpoint
CREATE TABLE "region_child_population" (
	"region_code" text PRIMARY KEY NOT NULL,
	"children" integer NOT NULL,
	"year" integer NOT NULL,
	"source" text NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "coverage_facts" ADD CONSTRAINT "coverage_facts_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_child_population" ADD CONSTRAINT "region_child_population_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;