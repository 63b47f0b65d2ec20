CREATE TABLE "hsds_identifiers" (
	"entity" text NOT NULL,
	"local_key" text NOT NULL,
	"hsds_id" uuid NOT NULL,
	CONSTRAINT "hsds_identifiers_entity_local_key_pk" PRIMARY KEY("entity","local_key")
);
--> statement-breakpoint
CREATE INDEX "hsds_identifiers_hsds_id_idx" ON "hsds_identifiers" USING btree ("hsds_id");