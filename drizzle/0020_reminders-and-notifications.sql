CREATE TYPE "public"."notification_kind" AS ENUM('reminder_digest');--> statement-breakpoint
CREATE TYPE "public"."reminder_group" AS ENUM('expiringMemoranda', 'overdueCommitments', 'staleListings', 'staleReports');--> statement-breakpoint
CREATE TYPE "public"."reminder_mail_state" AS ENUM('pending', 'sending', 'sent', 'failed', 'skipped');--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"kind" "notification_kind" NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "reminder_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"day" date NOT NULL,
	"recipient_id" text NOT NULL,
	"item_group" "reminder_group" NOT NULL,
	"item_id" uuid NOT NULL,
	"item" jsonb NOT NULL,
	"notification_id" uuid,
	"mail_state" "reminder_mail_state" DEFAULT 'pending' NOT NULL,
	"mail_attempts" integer DEFAULT 0 NOT NULL,
	"mail_error" text,
	"claimed_at" timestamp with time zone,
	"mailed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reminder_deliveries_attempts" CHECK ("reminder_deliveries"."mail_attempts" >= 0)
);
--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_deliveries" ADD CONSTRAINT "reminder_deliveries_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_deliveries" ADD CONSTRAINT "reminder_deliveries_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "reminder_deliveries_once_a_day" ON "reminder_deliveries" USING btree ("item_group","item_id","recipient_id","day");--> statement-breakpoint
CREATE INDEX "reminder_deliveries_recipient_day_idx" ON "reminder_deliveries" USING btree ("recipient_id","day");