import PgBoss from "pg-boss";
import type { AppConfig } from "../../config.ts";
import type { Database } from "../../db/client.ts";
import type { Mailer } from "../notifications/mailer.ts";
import { runDailyReminders } from "./daily-reminders.ts";
import { dayIn } from "./reminder-day.ts";

export const REMINDERS_DAILY_QUEUE = "reminders.daily";
/** pg-boss keeps its tables apart from the app's, in the same database. */
export const JOBS_SCHEMA = "pgboss";

/** A scheduled run carries nothing: it reminds about the day it was created on. `day` runs another day. */
export interface ReminderJobData {
  day?: string;
}

export interface JobRunnerOptions {
  databaseUrl: string;
  db: Database;
  config: AppConfig;
  mailer: Mailer | null;
  log: (line: string) => void;
  /** How often an idle worker looks for jobs; pg-boss's default is 2 s. */
  pollingIntervalSeconds?: number;
}

export interface JobRunner {
  boss: PgBoss;
  /** Lets a running job finish, then closes pg-boss's connections. */
  stop(): Promise<void>;
}

/**
 * Starts pg-boss on the app's PostgreSQL: the `reminders.daily` queue, its cron schedule (one job per
 * slot however many processes run it), and a worker. A job fails when a mail failed, so pg-boss retries
 * it; the retry sends only what is still unsent.
 */
export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const { config, log } = options;
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    schema: JOBS_SCHEMA,
    application_name: "yntymaq-jobs",
    max: 3,
  });
  boss.on("error", (error) => log(`jobs: ${error.message}`));
  await boss.start();
  await boss.createQueue(REMINDERS_DAILY_QUEUE, {
    name: REMINDERS_DAILY_QUEUE,
    policy: "singleton",
    retryLimit: 3,
    retryDelay: 300,
    retryBackoff: true,
    expireInSeconds: 3600,
  });
  await boss.schedule(REMINDERS_DAILY_QUEUE, config.remindersCron, {}, { tz: config.remindersTimeZone });
  await boss.work<ReminderJobData>(
    REMINDERS_DAILY_QUEUE,
    {
      includeMetadata: true,
      ...(options.pollingIntervalSeconds ? { pollingIntervalSeconds: options.pollingIntervalSeconds } : {}),
    },
    async (jobs) => {
      for (const job of jobs) {
        // A retry after midnight still reminds about the day its job was created for.
        const today = job.data.day ?? dayIn(job.createdOn, config.remindersTimeZone);
        const result = await runDailyReminders(options.db, options.mailer, { today, config, log });
        log(
          `reminders ${today}: ${result.notifications} notifications, ${result.mailsSent} mails sent, ` +
            `${result.mailsFailed} failed`,
        );
        if (result.mailsFailed > 0) throw new Error(`${result.mailsFailed} reminder mails failed; retrying`);
      }
    },
  );
  return { boss, stop: () => boss.stop({ graceful: true, wait: true, timeout: 30_000 }) };
}
