import { Command } from "commander";
import { registerBackupCommands } from "./backup.command.ts";
import { registerExtractCommand } from "./extract.command.ts";
import { registerHsdsCommands } from "./hsds.command.ts";
import { registerMigrateCommand } from "./migrate.command.ts";
import { registerRemindersCommand } from "./reminders.command.ts";
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
registerHsdsCommands(program);
registerRemindersCommand(program);
registerExtractCommand(program);
registerBackupCommands(program);

await program.parseAsync(process.argv);
