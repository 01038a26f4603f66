/**
 * A local SMTP sink for the server journeys (issue 14: "tests run a local SMTP sink"): every
 * message the server sends is written whole (as received, MIME and all) to
 * `<folder>/<n>.eml`, for journeys to read and follow (tests/e2e/mail.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

export interface MailSink {
  /** `smtp://127.0.0.1:<port>`, for the server's SMTP_URL. */
  url: string;
  close(): Promise<void>;
}

/** Starts a sink on a free port of 127.0.0.1 that writes each mail into `folder` (created). */
export async function startMailSink(folder: string): Promise<MailSink> {
  await mkdir(folder, { recursive: true });
  let count = 0;
  const sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        count += 1;
        const name = `${String(count).padStart(4, '0')}.eml`;
        writeFile(join(folder, name), Buffer.concat(chunks)).then(() => {
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => {
    sink.listen(0, '127.0.0.1', resolve);
  });
  const port = (sink.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${String(port)}`,
    close: () =>
      new Promise((resolve) => {
        sink.close(() => {
          resolve();
        });
      }),
  };
}
