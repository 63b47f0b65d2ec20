import type { AppConfig } from "../../config.ts";
import type { Database } from "../../db/client.ts";
import { createMailer } from "../notifications/mailer.ts";
import { startJobRunner } from "./reminders.jobs.ts";

export interface BackgroundJobs {
  /** Lets a running job finish and releases its connections; call before PostgreSQL stops. */
  stop(): Promise<void>;
}

/** What `yntymaq serve` runs besides HTTP: the job runner with the daily reminders, unless switched off. */
export async function startBackgroundJobs(
  database: { db: Database; url: string },
  config: AppConfig,
  log: (line: string) => void,
): Promise<BackgroundJobs> {
  if (!config.jobsEnabled) {
    log("jobs: off in this process (YNTYMAQ_JOBS=false)");
    return { stop: async () => {} };
  }
  const mailer = createMailer(config);
  if (!mailer) {
    log("mail: no SMTP server configured (YNTYMAQ_SMTP_URL or YNTYMAQ_SMTP_HOST); reminders are in-app only");
  }
  const runner = await startJobRunner({ databaseUrl: database.url, db: database.db, config, mailer, log });
  log(`jobs: daily reminders at "${config.remindersCron}" (${config.remindersTimeZone})`);
  return {
    stop: async () => {
      await runner.stop();
      mailer?.close();
    },
  };
}
