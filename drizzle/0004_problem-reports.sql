CREATE TYPE "public"."report_entity_kind" AS ENUM('service', 'organization');--> statement-breakpoint
CREATE TYPE "public"."report_status" AS ENUM('open', 'resolved');--> statement-breakpoint
CREATE TABLE "problem_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_kind" "report_entity_kind" NOT NULL,
	"entity_id" uuid NOT NULL,
	"message" text NOT NULL,
	"contact" text,
	"locale" "user_locale" NOT NULL,
	"status" "report_status" DEFAULT 'open' NOT NULL,
	"resolution_note" text,
	"resolved_by" text,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip_hash" text NOT NULL,
	CONSTRAINT "problem_reports_message_length" CHECK (char_length("problem_reports"."message") between 10 and 2000),
	CONSTRAINT "problem_reports_contact_length" CHECK (char_length("problem_reports"."contact") <= 200),
	CONSTRAINT "problem_reports_resolution" CHECK (("problem_reports"."status" = 'resolved') = ("problem_reports"."resolved_at" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "problem_reports" ADD CONSTRAINT "problem_reports_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "problem_reports_status_idx" ON "problem_reports" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "problem_reports_entity_idx" ON "problem_reports" USING btree ("entity_kind","entity_id");--> statement-breakpoint
CREATE INDEX "problem_reports_ip_idx" ON "problem_reports" USING btree ("ip_hash","created_at");--> statement-breakpoint
CREATE TRIGGER problem_reports_audit AFTER INSERT OR UPDATE OR DELETE ON problem_reports FOR EACH ROW EXECUTE FUNCTION yntymaq_audit('id', 'reports');
