import type { Command } from "commander";
import { withDatabase } from "./cli-helpers.ts";

export function registerMigrateCommand(program: Command): void {
  program
    .command("migrate")
    .description("apply the database migrations and exit")
    .action(async () => {
      await withDatabase(async () => undefined);
      process.stdout.write("migrations applied\n");
    });
}
