import { Command } from "commander";
import { registerMigrateCommand } from "./migrate.command.ts";
import { registerSeedCommand } from "./seed.command.ts";
import { registerServeCommand } from "./serve.command.ts";
import { registerUserCommand } from "./user.command.ts";

const program = new Command()
  .name("yntymaq")
  .description("Yntymaq: partners, memoranda of cooperation and a public directory")
  .showHelpAfterError();

registerServeCommand(program);
registerMigrateCommand(program);
registerSeedCommand(program);
registerUserCommand(program);

await program.parseAsync(process.argv);
