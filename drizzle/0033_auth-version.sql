CREATE TABLE "auth_changes" (
	"txid" "xid8" PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "auth_state" (
	"id" smallint PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL,
	CONSTRAINT "auth_state_one_row" CHECK ("auth_state"."id" = 1)
);
