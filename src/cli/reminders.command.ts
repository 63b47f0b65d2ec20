import type { Command } from "commander";
import { loadConfig } from "../server/config.ts";
import { negotiateLocale, translate } from "../server/i18n/translate.ts";
import { createMailer } from "../server/modules/notifications/mailer.ts";
import { runDailyReminders } from "../server/modules/reminders/daily-reminders.ts";
import { dayIn } from "../server/modules/reminders/reminder-day.ts";
import { ZIsoDate } from "../shared/contracts/common.ts";
import { fail, withDatabase } from "./cli-helpers.ts";

export function registerRemindersCommand(program: Command): void {
  const reminders = program.command("reminders").description("daily reminders of what needs attention");
  reminders
    .command("run")
    .description("run the daily reminder pass now (what the scheduled job does); safe to repeat")
    .option("--date <YYYY-MM-DD>", "the day to remind about (default: today in YNTYMAQ_REMINDERS_TZ)")
    .action(async (options: { date?: string }) => {
      const config = loadConfig();
      const today = options.date ?? dayIn(new Date(), config.remindersTimeZone);
      if (!ZIsoDate.safeParse(today).success) {
        const locale = negotiateLocale(process.env.YNTYMAQ_LANG, process.env.LANG?.slice(0, 2) ?? "en");
        fail(`--date: ${translate(locale, "validation.invalid_date")}`);
      }
      const log = (line: string) => process.stdout.write(`${line}\n`);
      const mailer = createMailer(config);
      try {
        const result = await withDatabase(({ db }) => runDailyReminders(db, mailer, { today, config, log }));
        log(
          `reminders ${today}: ${result.recipients} recipients, ${result.deliveries} new items, ` +
            `${result.notifications} notifications, ${result.mailsSent} mails sent, ${result.mailsFailed} failed`,
        );
        if (result.mailsFailed > 0) process.exitCode = 1;
      } finally {
        mailer?.close();
      }
    });
}
