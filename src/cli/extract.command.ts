import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { AppError } from "../server/http/app-error.ts";
import { documentText } from "../server/modules/extraction/document-text.ts";
import { extractPressRelease } from "../server/modules/extraction/engine/extract-press-release.ts";
import { matchProposal } from "../server/modules/extraction/extraction.repository.ts";
import { EXTRACTION_LANGUAGES, type TExtractionProposal } from "../shared/contracts/extraction.ts";
import { describeAppError, fail, withDatabase } from "./cli-helpers.ts";

interface ExtractOptions {
  language?: string;
  match?: boolean;
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch {
    return fail(
      describeAppError(new AppError("not_found", "errors.extraction_file_missing", { path: file })),
    );
  }
}

export function registerExtractCommand(program: Command): void {
  program
    .command("extract")
    .description(
      "read a press release (.txt in UTF-8, .docx or .html) and print the proposed signings as JSON",
    )
    .argument("<file>", "the press release")
    .option("--language <language>", `${EXTRACTION_LANGUAGES.join(" | ")} (detected when left out)`)
    .option("--match", "match branches and partners against the database")
    .action(async (file: string, options: ExtractOptions) => {
      const language = options.language;
      if (language !== undefined && !(EXTRACTION_LANGUAGES as readonly string[]).includes(language)) {
        fail(`--language must be one of ${EXTRACTION_LANGUAGES.join(", ")}`);
      }
      let proposal: TExtractionProposal;
      try {
        const text = await documentText(await readBytes(file));
        proposal = extractPressRelease(text, language ? { language: language as "kk" | "ru" } : {});
      } catch (error) {
        if (error instanceof AppError) fail(describeAppError(error));
        throw error;
      }
      if (options.match) proposal = await withDatabase(({ db }) => matchProposal(db, null, proposal));
      process.stdout.write(`${JSON.stringify(proposal, null, 2)}\n`);
    });
}
