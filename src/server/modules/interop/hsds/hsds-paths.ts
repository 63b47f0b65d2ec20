import path from "node:path";
import { fileURLToPath } from "node:url";

/** The official HSDS 3.0 schemas and examples, shared beside the project (`../shared/hsds`). */
export const HSDS_DIR =
  process.env.YNTYMAQ_HSDS_DIR ??
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../../../shared/hsds");

export const HSDS_SCHEMA_DIR = path.join(HSDS_DIR, "schema");
export const HSDS_EXAMPLES_DIR = path.join(HSDS_DIR, "examples");
