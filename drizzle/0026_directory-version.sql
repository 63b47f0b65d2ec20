CREATE TABLE "directory_changes" (
	"txid" "xid8" PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directory_state" (
	"id" smallint PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL,
	CONSTRAINT "directory_state_one_row" CHECK ("directory_state"."id" = 1)
);
