import path from "node:path";
import type { Command } from "commander";
import { loadConfig } from "../server/config.ts";
import { negotiateLocale, translate } from "../server/i18n/translate.ts";
import { createBackup, MissingFilesError } from "../server/ops/backup.ts";
import { RestoreRefusedError, restoreBackup } from "../server/ops/restore.ts";
import { fail, withDatabase } from "./cli-helpers.ts";

const operatorLocale = () => negotiateLocale(process.env.YNTYMAQ_LANG, process.env.LANG?.slice(0, 2) ?? "en");

export function registerBackupCommands(program: Command): void {
  program
    .command("backup")
    .description("write the database and the uploaded files to one archive (.tar.gz)")
    .requiredOption("--out <file>", "the archive to write")
    .action(async (options: { out: string }) => {
      const config = loadConfig();
      const out = path.resolve(options.out);
      const locale = operatorLocale();
      try {
        const summary = await withDatabase(({ pool }) => createBackup(pool, config.dataDir, out));
        process.stdout.write(`${translate(locale, "backup.done", { file: out, ...summary })}\n`);
      } catch (error) {
        if (!(error instanceof MissingFilesError)) throw error;
        const dir = path.join(config.dataDir, "files");
        fail(translate(locale, "backup.missing_files", { count: error.missing.length, dir }));
      }
    });

  program
    .command("restore")
    .description("restore an archive made by `yntymaq backup` into this database and data directory")
    .argument("<file>", "the archive")
    .option("--force", "replace a database that already holds data")
    .action(async (file: string, options: { force?: boolean }) => {
      const config = loadConfig();
      const archive = path.resolve(file);
      const locale = operatorLocale();
      try {
        const summary = await withDatabase(({ pool }) =>
          restoreBackup(pool, config.dataDir, archive, { force: options.force === true }),
        );
        process.stdout.write(`${translate(locale, "restore.done", { file: archive, ...summary })}\n`);
      } catch (error) {
        if (!(error instanceof RestoreRefusedError)) throw error;
        fail(translate(locale, error.messageKey, { file: archive, ...error.params }));
      }
    });
}
