import { text } from "node:stream/consumers";
import type { Command } from "commander";
import { loadConfig } from "../server/config.ts";
import { AppError } from "../server/http/app-error.ts";
import { createUser } from "../server/modules/auth/users.service.ts";
import { buildApp } from "../server/platform.ts";
import { ROLES } from "../shared/vocabulary.ts";
import { describeAppError, fail, withDatabase } from "./cli-helpers.ts";

interface CreateOptions {
  email: string;
  role: string;
  name?: string;
  region: string[];
  organization?: string;
  locale?: string;
  passwordStdin?: boolean;
}

export function registerUserCommand(program: Command): void {
  const user = program.command("user").description("manage staff users");
  user
    .command("create")
    .description("create a user and print a one-time password (or read it from stdin)")
    .requiredOption("--email <email>", "sign-in e-mail")
    .requiredOption("--role <role>", ROLES.join(" | "))
    .option("--name <name>", "display name (defaults to the e-mail)")
    .option(
      "--region <code>",
      "region scope of a coordinator, e.g. KZ-79 (repeatable)",
      (v: string, all: string[]) => [...all, v],
      [],
    )
    .option("--organization <id>", "organization of a partner user")
    .option("--locale <locale>", "kk | ru | en", "kk")
    .option("--password-stdin", "read the password from standard input instead of generating one")
    .action(async (options: CreateOptions) => {
      const password = options.passwordStdin ? (await text(process.stdin)).trim() : undefined;
      try {
        const created = await withDatabase(async ({ db }) => {
          const { auth } = await buildApp(db, loadConfig());
          return createUser(
            { db, auth },
            null,
            {
              email: options.email,
              name: options.name ?? options.email,
              role: options.role as (typeof ROLES)[number],
              regionCodes: options.region,
              organizationId: options.organization ?? null,
              locale: options.locale as "kk",
            },
            password,
          );
        });
        process.stdout.write(`created ${created.user.role} ${created.user.email} (${created.user.id})\n`);
        if (!options.passwordStdin) process.stdout.write(`one-time password: ${created.password}\n`);
      } catch (error) {
        if (error instanceof AppError) fail(describeAppError(error));
        throw error;
      }
    });
}
