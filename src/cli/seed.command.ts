import type { Command } from "commander";
import { disableDemoData, seedDemoData } from "../server/demo/demo-seed.ts";
import { fail, withDatabase } from "./cli-helpers.ts";

export function registerSeedCommand(program: Command): void {
  program
    .command("seed")
    .description("--demo loads the demo data (once); --none keeps this database empty at start-up")
    .option("--demo", "load the demo data built from the seed press release")
    .option("--none", "never load demo data into this database")
    .action(async (options: { demo?: boolean; none?: boolean }) => {
      if (Boolean(options.demo) === Boolean(options.none)) fail("choose exactly one of --demo or --none");
      await withDatabase(async ({ db }) => {
        if (options.none) {
          await disableDemoData(db);
          process.stdout.write("demo data will not be loaded into this database\n");
        } else {
          const loaded = await seedDemoData(db);
          process.stdout.write(loaded ? "demo data loaded\n" : "demo data was already loaded\n");
        }
      });
    });
}
