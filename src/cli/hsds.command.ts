import { writeFile } from "node:fs/promises";
import { SingleBar } from "cli-progress";
import type { Command } from "commander";
import { negotiateLocale, translate } from "../server/i18n/translate.ts";
import { buildHsdsExport, hsdsExportZip } from "../server/modules/interop/hsds/hsds-export.service.ts";
import { importHsds } from "../server/modules/interop/hsds/hsds-import.service.ts";
import { presentReport, rejectsNdjson } from "../server/modules/interop/hsds/hsds-import-report.ts";
import { readSource, type SourceFile } from "../server/modules/interop/hsds/hsds-source.ts";
import { REGION_SEEDS } from "../server/modules/regions/regions.data.ts";
import { LOCALES, type Locale } from "../shared/vocabulary.ts";
import { fail, withDatabase } from "./cli-helpers.ts";

const cliLocale = (): Locale =>
  negotiateLocale(process.env.YNTYMAQ_LANG, process.env.LANG?.slice(0, 2) ?? "en");
const say = (key: string, params: Record<string, string | number> = {}) =>
  translate(cliLocale(), key, params);

function languageOption(value: string | undefined, fallback: Locale): Locale {
  if (value === undefined) return fallback;
  if (!(LOCALES as readonly string[]).includes(value)) fail(say("hsds.cli.bad_lang", { value }));
  return value as Locale;
}

/** `export` and `import` may already exist (other formats register under them too); HSDS adds a subcommand. */
const group = (program: Command, name: string, description: string) =>
  program.commands.find((command) => command.name() === name) ??
  program.command(name).description(description);

export function registerHsdsCommands(program: Command): void {
  group(program, "export", "export data")
    .command("hsds")
    .description(
      "write the public directory as an HSDS 3.0 data package (CSV tables, datapackage.json, services.json)",
    )
    .requiredOption("--out <file.zip>", "the zip to write")
    .option(
      "--lang <lang>",
      "language of the text fields: kk | ru | en (the others go in the profile's translations)",
    )
    .action(async (options: { out: string; lang?: string }) => {
      const locale = languageOption(options.lang, "kk");
      const exported = await withDatabase(({ db }) => buildHsdsExport(db, locale));
      await writeFile(options.out, hsdsExportZip(exported));
      process.stdout.write(
        `${say("hsds.cli.exported", { count: exported.services.length, file: options.out })}\n`,
      );
    });

  group(program, "import", "import data")
    .command("hsds <source>")
    .description("import an HSDS 3.0 package: a directory or zip of CSV tables, or an HSDS JSON file")
    .option("--lang <lang>", "language of the package's text: kk | ru | en", "kk")
    .option("--region <code>", "region (e.g. KZ-79) of locations whose address names none of Kazakhstan's")
    .option("--partial", "import the valid records and write the others to the rejects file")
    .option(
      "--rejects <file>",
      "where --partial writes the rejected records (JSON lines)",
      "hsds-rejects.ndjson",
    )
    .action(
      async (
        source: string,
        options: { lang: string; region?: string; partial?: boolean; rejects: string },
      ) => {
        const locale = languageOption(options.lang, "kk");
        if (options.region !== undefined && !REGION_SEEDS.some((r) => r.code === options.region))
          fail(say("hsds.cli.bad_region", { value: options.region }));
        let files: SourceFile[];
        try {
          files = await readSource(source);
        } catch (error) {
          return fail(say("hsds.cli.cannot_read", { path: source, detail: (error as Error).message }));
        }
        const bar = new SingleBar({
          format: `${say("hsds.cli.progress")} [{bar}] {value}/{total}`,
          stream: process.stderr,
        });
        const report = await withDatabase(({ db }) =>
          importHsds(db, files, {
            locale,
            defaultRegion: options.region ?? null,
            partial: Boolean(options.partial),
            actorId: null,
            progress: (done, total) => {
              if (done === 0 || !bar.isActive) bar.start(total, done);
              bar.update(done);
            },
          }),
        );
        bar.stop();
        const shown = presentReport(report, cliLocale());
        const line = (p: { file: string; row: string; field: string; message: string }) =>
          `  ${say("hsds.cli.problem", { file: p.file, row: p.row, field: p.field || "—", message: p.message })}\n`;
        for (const warning of shown.warnings)
          process.stderr.write(`${say("hsds.cli.warning")}${line(warning)}`);
        for (const error of shown.errors) process.stderr.write(line(error));
        if (report.rejects.length > 0) {
          await writeFile(options.rejects, rejectsNdjson(report, cliLocale()));
          process.stderr.write(
            `${say("hsds.cli.rejects_written", { count: report.rejects.length, file: options.rejects })}\n`,
          );
        }
        if (!report.written) fail(say("hsds.cli.nothing_written", { count: shown.errors.length }));
        process.stdout.write(`${say("hsds.cli.imported", { ...report.counts })}\n`);
      },
    );
}
