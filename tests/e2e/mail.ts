/**
 * Reading the mail a server journey's SMTP sink caught (tests/e2e/mail-sink.ts): the mails to
 * one address, and the link in them, waiting for them to arrive. Each message is parsed as a
 * mail client would (mailparser: MIME parts, quoted-printable, encoded subjects).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { simpleParser, type AddressObject } from 'mailparser';

/** A caught mail: its subject and its plain-text part, as the recipient reads them. */
export interface CaughtMail {
  subject: string;
  text: string;
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return list.flatMap((entry) => entry.value.map((mailbox) => mailbox.address ?? ''));
}

/** Every mail in `folder` to `to`, oldest first. */
export async function mailsTo(folder: string, to: string): Promise<CaughtMail[]> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.eml')).sort();
  const mails: CaughtMail[] = [];
  for (const name of names) {
    const parsed = await simpleParser(await readFile(join(folder, name)));
    if (addresses(parsed.to).includes(to)) {
      mails.push({ subject: parsed.subject ?? '', text: parsed.text ?? '' });
    }
  }
  return mails;
}

/**
 * The newest mail in `folder` to `to` whose subject matches, waiting up to 15 s for it; fails
 * the test when none comes.
 */
export async function mailTo(folder: string, to: string, subject: RegExp): Promise<CaughtMail> {
  let found: CaughtMail | undefined;
  await expect
    .poll(
      async () => {
        found = (await mailsTo(folder, to)).findLast((mail) => subject.test(mail.subject));
        return found?.subject;
      },
      { timeout: 15_000, message: `a mail to ${to} about ${String(subject)}` },
    )
    .toMatch(subject);
  return found ?? { subject: '', text: '' };
}

/** The link to `path` with a `token` in the newest mail to `to` that has one, waiting for it. */
export async function linkFromMail(folder: string, to: string, path: string): Promise<string> {
  const pattern = new RegExp(`https?://\\S+${path}\\?token=[A-Za-z0-9_%-]+`);
  let found: string | undefined;
  await expect
    .poll(
      async () => {
        found = (await mailsTo(folder, to))
          .map((mail) => pattern.exec(mail.text)?.[0])
          .findLast((link) => link !== undefined);
        return found;
      },
      { timeout: 15_000, message: `a mail to ${to} with a link to ${path}` },
    )
    .toBeDefined();
  return found ?? '';
}
