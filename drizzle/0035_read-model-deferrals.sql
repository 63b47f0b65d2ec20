CREATE TABLE "read_model_deferrals" (
	"txid" "xid8" PRIMARY KEY NOT NULL
);
