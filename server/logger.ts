/** Structured logs: one JSON object per line on stdout, filtered by level. */
import type { LogLevel } from './config';

const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export type Logger = Record<
  Exclude<LogLevel, 'silent'>,
  (message: string, fields?: Record<string, unknown>) => void
>;

/** A logger writing lines at `level` and above through `write` (default: stdout). */
export function createLogger(
  level: LogLevel,
  write: (line: string) => void = (line) => {
    process.stdout.write(`${line}\n`);
  },
): Logger {
  const at =
    (lineLevel: Exclude<LogLevel, 'silent'>) =>
    (message: string, fields: Record<string, unknown> = {}) => {
      if (order[lineLevel] < order[level]) return;
      write(
        JSON.stringify({ time: new Date().toISOString(), level: lineLevel, message, ...fields }),
      );
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
