CREATE TABLE "analytics_changes" (
	"txid" "xid8" PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "analytics_state" (
	"id" smallint PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL,
	CONSTRAINT "analytics_state_one_row" CHECK ("analytics_state"."id" = 1)
);
