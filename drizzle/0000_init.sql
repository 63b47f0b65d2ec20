CREATE TYPE "public"."user_locale" AS ENUM('kk', 'ru', 'en');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('admin', 'coordinator', 'partner', 'viewer');--> statement-breakpoint
CREATE TYPE "public"."branch_kind" AS ENUM('central', 'regional', 'city', 'attached_body');--> statement-breakpoint
CREATE TYPE "public"."initiative_type" AS ENUM('event', 'training', 'round_table', 'consultation_day', 'sport_event', 'campaign', 'other');--> statement-breakpoint
CREATE TYPE "public"."commitment_status" AS ENUM('planned', 'in_progress', 'done', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."lifecycle_status" AS ENUM('active', 'terminated', 'renewed');--> statement-breakpoint
CREATE TYPE "public"."memorandum_relation" AS ENUM('amendment', 'renewal');--> statement-breakpoint
CREATE TYPE "public"."party_kind" AS ENUM('branch', 'organization');--> statement-breakpoint
CREATE TYPE "public"."review_state" AS ENUM('draft', 'in_review', 'approved', 'signed');--> statement-breakpoint
CREATE TYPE "public"."scope_area" AS ENUM('education_access', 'medical_access', 'social_services', 'inclusion', 'adaptive_sport', 'best_practice_exchange', 'joint_initiatives', 'inclusive_policy');--> statement-breakpoint
CREATE TYPE "public"."news_link_kind" AS ENUM('memorandum', 'initiative', 'organization', 'branch', 'practice');--> statement-breakpoint
CREATE TYPE "public"."organization_level" AS ENUM('city', 'region', 'republic');--> statement-breakpoint
CREATE TYPE "public"."organization_type" AS ENUM('state_institution', 'private_centre', 'public_foundation', 'public_association', 'republican_association', 'sport_federation', 'parents_association');--> statement-breakpoint
CREATE TYPE "public"."record_status" AS ENUM('active', 'archived');--> statement-breakpoint
CREATE TYPE "public"."target_group" AS ENUM('asd', 'down_syndrome', 'cerebral_palsy', 'hearing', 'vision', 'intellectual', 'other');--> statement-breakpoint
CREATE TYPE "public"."region_kind" AS ENUM('region', 'city');--> statement-breakpoint
CREATE TYPE "public"."cost_kind" AS ENUM('free', 'state_funded', 'paid');--> statement-breakpoint
CREATE TYPE "public"."referral_requirement" AS ENUM('none', 'pmpk_conclusion', 'medical_referral', 'other');--> statement-breakpoint
CREATE TYPE "public"."service_language" AS ENUM('kk', 'ru', 'en');--> statement-breakpoint
CREATE TYPE "public"."service_status" AS ENUM('active', 'inactive', 'defunct');--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" text,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"table_name" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"user_id" text NOT NULL,
	"access_token" text,
	"refresh_token" text,
	"id_token" text,
	"access_token_expires_at" timestamp with time zone,
	"refresh_token_expires_at" timestamp with time zone,
	"scope" text,
	"password" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip_address" text,
	"user_agent" text,
	"user_id" text NOT NULL,
	CONSTRAINT "sessions_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "user_regions" (
	"user_id" text NOT NULL,
	"region_code" text NOT NULL,
	CONSTRAINT "user_regions_user_id_region_code_pk" PRIMARY KEY("user_id","region_code")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"email_verified" boolean DEFAULT false NOT NULL,
	"image" text,
	"role" "user_role" DEFAULT 'viewer' NOT NULL,
	"organization_id" uuid,
	"locale" "user_locale" DEFAULT 'kk' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "verifications" (
	"id" text PRIMARY KEY NOT NULL,
	"identifier" text NOT NULL,
	"value" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "branches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "branch_kind" NOT NULL,
	"name" jsonb NOT NULL,
	"region_code" text NOT NULL,
	"parent_id" uuid,
	"address" jsonb,
	"email" text,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiative_memoranda" (
	"initiative_id" uuid NOT NULL,
	"memorandum_id" uuid NOT NULL,
	CONSTRAINT "initiative_memoranda_initiative_id_memorandum_id_pk" PRIMARY KEY("initiative_id","memorandum_id")
);
--> statement-breakpoint
CREATE TABLE "initiative_organizations" (
	"initiative_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	CONSTRAINT "initiative_organizations_initiative_id_organization_id_pk" PRIMARY KEY("initiative_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "initiatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" "initiative_type" NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb,
	"start_date" date NOT NULL,
	"end_date" date,
	"region_code" text NOT NULL,
	"reach_children" integer DEFAULT 0 NOT NULL,
	"reach_parents" integer DEFAULT 0 NOT NULL,
	"reach_specialists" integer DEFAULT 0 NOT NULL,
	"outcome" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"memorandum_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	"text" jsonb NOT NULL,
	"due_date" date,
	"status" "commitment_status" DEFAULT 'planned' NOT NULL,
	"evidence" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "memoranda" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text,
	"title" jsonb NOT NULL,
	"description" jsonb,
	"scope_areas" "scope_area"[] DEFAULT '{}' NOT NULL,
	"review_state" "review_state" DEFAULT 'draft' NOT NULL,
	"lifecycle_status" "lifecycle_status" DEFAULT 'active' NOT NULL,
	"signed_date" date,
	"signed_place" jsonb,
	"start_date" date,
	"end_date" date,
	"parent_id" uuid,
	"relation" "memorandum_relation",
	"termination_reason" text,
	"terminated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "memoranda_number_unique" UNIQUE("number"),
	CONSTRAINT "memoranda_term_order" CHECK ("memoranda"."end_date" IS NULL OR "memoranda"."start_date" IS NULL OR "memoranda"."end_date" >= "memoranda"."start_date"),
	CONSTRAINT "memoranda_relation_has_parent" CHECK (("memoranda"."parent_id" IS NULL) = ("memoranda"."relation" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "memorandum_parties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"memorandum_id" uuid NOT NULL,
	"kind" "party_kind" NOT NULL,
	"branch_id" uuid,
	"organization_id" uuid,
	"signatory_name" text,
	"signatory_position" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "memorandum_parties_one_side" CHECK (("memorandum_parties"."kind" = 'branch' AND "memorandum_parties"."branch_id" IS NOT NULL AND "memorandum_parties"."organization_id" IS NULL) OR ("memorandum_parties"."kind" = 'organization' AND "memorandum_parties"."organization_id" IS NOT NULL AND "memorandum_parties"."branch_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "news_links" (
	"news_id" uuid NOT NULL,
	"kind" "news_link_kind" NOT NULL,
	"entity_id" uuid NOT NULL,
	CONSTRAINT "news_links_news_id_kind_entity_id_pk" PRIMARY KEY("news_id","kind","entity_id")
);
--> statement-breakpoint
CREATE TABLE "news_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" jsonb NOT NULL,
	"summary" jsonb,
	"body" jsonb NOT NULL,
	"region_code" text,
	"published" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "news_posts_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "organization_regions" (
	"organization_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	CONSTRAINT "organization_regions_organization_id_region_code_pk" PRIMARY KEY("organization_id","region_code")
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" jsonb NOT NULL,
	"type" "organization_type" NOT NULL,
	"level" "organization_level" NOT NULL,
	"bin" text,
	"email" text,
	"phone" text,
	"website" text,
	"contact_name" text,
	"contact_position" text,
	"target_groups" "target_group"[] DEFAULT '{}' NOT NULL,
	"description" jsonb,
	"status" "record_status" DEFAULT 'active' NOT NULL,
	"published" boolean DEFAULT true NOT NULL,
	"last_verified_at" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "organizations_bin_unique" UNIQUE("bin")
);
--> statement-breakpoint
CREATE TABLE "practice_replications" (
	"practice_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"year" integer,
	"note" text,
	CONSTRAINT "practice_replications_practice_id_region_code_pk" PRIMARY KEY("practice_id","region_code")
);
--> statement-breakpoint
CREATE TABLE "practices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" jsonb NOT NULL,
	"summary" jsonb,
	"body" jsonb NOT NULL,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"organization_id" uuid,
	"branch_id" uuid,
	"region_code" text NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"kato" text NOT NULL,
	"kind" "region_kind" NOT NULL,
	"name" jsonb NOT NULL,
	"centre" jsonb NOT NULL,
	"aliases" text[] DEFAULT '{}' NOT NULL,
	"sort_order" integer NOT NULL,
	CONSTRAINT "regions_kato_unique" UNIQUE("kato")
);
--> statement-breakpoint
CREATE TABLE "locations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" jsonb,
	"region_code" text NOT NULL,
	"locality" jsonb NOT NULL,
	"address" jsonb NOT NULL,
	"postal_code" text,
	"latitude" double precision,
	"longitude" double precision,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_categories" (
	"code" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"sort_order" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_locations" (
	"service_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	CONSTRAINT "service_locations_service_id_location_id_pk" PRIMARY KEY("service_id","location_id")
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb,
	"category_codes" text[] DEFAULT '{}' NOT NULL,
	"target_groups" "target_group"[] DEFAULT '{}' NOT NULL,
	"status" "service_status" DEFAULT 'active' NOT NULL,
	"published" boolean DEFAULT true NOT NULL,
	"min_age" integer,
	"max_age" integer,
	"cost" "cost_kind" NOT NULL,
	"fees_description" jsonb,
	"languages" "service_language"[] DEFAULT '{}' NOT NULL,
	"application_process" jsonb,
	"schedule" jsonb,
	"referral_requirement" "referral_requirement" DEFAULT 'none' NOT NULL,
	"referral_note" jsonb,
	"has_waitlist" boolean DEFAULT false NOT NULL,
	"waitlist_note" jsonb,
	"capacity" integer,
	"state_funded_places" integer,
	"email" text,
	"phone" text,
	"url" text,
	"assured_date" date,
	"last_verified_at" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_regions" ADD CONSTRAINT "user_regions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_regions" ADD CONSTRAINT "user_regions_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "branches" ADD CONSTRAINT "branches_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "branches" ADD CONSTRAINT "branches_parent_id_branches_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."branches"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_memoranda" ADD CONSTRAINT "initiative_memoranda_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_memoranda" ADD CONSTRAINT "initiative_memoranda_memorandum_id_memoranda_id_fk" FOREIGN KEY ("memorandum_id") REFERENCES "public"."memoranda"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_organizations" ADD CONSTRAINT "initiative_organizations_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_organizations" ADD CONSTRAINT "initiative_organizations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_memorandum_id_memoranda_id_fk" FOREIGN KEY ("memorandum_id") REFERENCES "public"."memoranda"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_party_id_memorandum_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."memorandum_parties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memoranda" ADD CONSTRAINT "memoranda_parent_id_memoranda_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."memoranda"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memorandum_parties" ADD CONSTRAINT "memorandum_parties_memorandum_id_memoranda_id_fk" FOREIGN KEY ("memorandum_id") REFERENCES "public"."memoranda"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memorandum_parties" ADD CONSTRAINT "memorandum_parties_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memorandum_parties" ADD CONSTRAINT "memorandum_parties_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_links" ADD CONSTRAINT "news_links_news_id_news_posts_id_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_posts" ADD CONSTRAINT "news_posts_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_regions" ADD CONSTRAINT "organization_regions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_regions" ADD CONSTRAINT "organization_regions_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_replications" ADD CONSTRAINT "practice_replications_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_replications" ADD CONSTRAINT "practice_replications_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locations" ADD CONSTRAINT "locations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locations" ADD CONSTRAINT "locations_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_locations" ADD CONSTRAINT "service_locations_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_locations" ADD CONSTRAINT "service_locations_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id","at");--> statement-breakpoint
CREATE INDEX "accounts_user_idx" ON "accounts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "branches_region_idx" ON "branches" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "initiative_memoranda_memorandum_idx" ON "initiative_memoranda" USING btree ("memorandum_id");--> statement-breakpoint
CREATE INDEX "initiative_organizations_organization_idx" ON "initiative_organizations" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "initiatives_region_date_idx" ON "initiatives" USING btree ("region_code","start_date");--> statement-breakpoint
CREATE INDEX "commitments_memorandum_idx" ON "commitments" USING btree ("memorandum_id");--> statement-breakpoint
CREATE INDEX "memoranda_review_idx" ON "memoranda" USING btree ("review_state");--> statement-breakpoint
CREATE INDEX "memoranda_parent_idx" ON "memoranda" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "memorandum_parties_memorandum_idx" ON "memorandum_parties" USING btree ("memorandum_id");--> statement-breakpoint
CREATE INDEX "memorandum_parties_branch_idx" ON "memorandum_parties" USING btree ("branch_id");--> statement-breakpoint
CREATE INDEX "memorandum_parties_organization_idx" ON "memorandum_parties" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "memorandum_parties_branch_unique" ON "memorandum_parties" USING btree ("memorandum_id","branch_id");--> statement-breakpoint
CREATE UNIQUE INDEX "memorandum_parties_organization_unique" ON "memorandum_parties" USING btree ("memorandum_id","organization_id");--> statement-breakpoint
CREATE INDEX "news_links_entity_idx" ON "news_links" USING btree ("kind","entity_id");--> statement-breakpoint
CREATE INDEX "news_posts_published_idx" ON "news_posts" USING btree ("published","published_at");--> statement-breakpoint
CREATE INDEX "organization_regions_region_idx" ON "organization_regions" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "organizations_status_idx" ON "organizations" USING btree ("status","published");--> statement-breakpoint
CREATE INDEX "practices_region_idx" ON "practices" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "locations_organization_idx" ON "locations" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "locations_region_idx" ON "locations" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "service_locations_location_idx" ON "service_locations" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "services_organization_idx" ON "services" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "services_categories_idx" ON "services" USING gin ("category_codes");