import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
}

export interface SmtpSink {
  /** `smtp://127.0.0.1:<port>` for YNTYMAQ_SMTP_URL. */
  url: string;
  received: ReceivedMail[];
  /** While true, the server answers every message with a permanent error. */
  rejecting: boolean;
  close(): Promise<void>;
}

const addressesOf = (mail: ParsedMail): string[] =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((group) =>
    group.value.map((address) => address.address ?? ""),
  );

/** A real SMTP server on 127.0.0.1 and a random port that keeps what it receives, for mail tests. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const sink: Omit<SmtpSink, "url" | "close"> = { received: [], rejecting: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          if (sink.rejecting) {
            callback(Object.assign(new Error("mailbox unavailable"), { responseCode: 550 }));
            return;
          }
          sink.received.push({
            to: addressesOf(mail),
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            html: typeof mail.html === "string" ? mail.html : "",
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return Object.assign(sink, {
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
