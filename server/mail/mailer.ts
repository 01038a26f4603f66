/**
 * Sending mail: one small interface (`Mailer`) for every mail the server sends (invitations,
 * sign-in links, password resets, notifications), over SMTP (`SMTP_URL`, `MAIL_FROM`) with
 * nodemailer, or into the log where no SMTP server is configured (development).
 */
import { createTransport } from 'nodemailer';

/** One mail to one person: plain text plus a simple HTML version of the same words. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  /** Resolves once the SMTP server accepted the mail; rejects when it refused or is unreachable. */
  send(message: MailMessage): Promise<void>;
}

/**
 * A mailer over SMTP. `url` as nodemailer reads it, e.g. `smtp://user:pass@host:587` (STARTTLS
 * when the server offers it) or `smtps://…:465`; `from` the sender, e.g.
 * `Charter Monitor <monitor@example.org>`.
 */
export function createSmtpMailer({ url, from }: { url: string; from: string }): Mailer {
  const transport = createTransport(url);
  return {
    async send({ to, subject, text, html }) {
      await transport.sendMail({ from, to, subject, text, html });
    },
  };
}

/**
 * Writes each mail to `write` instead of sending it: a server without SMTP_URL (development)
 * still shows the links it would have mailed. Never for real people: the log holds the links.
 */
export function createLogMailer(write: (message: MailMessage) => void): Mailer {
  return {
    send(message) {
      write(message);
      return Promise.resolve();
    },
  };
}
