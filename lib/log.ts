import { env } from '@/lib/env';
import { redact } from '@/lib/log-redact';

/**
 * The app's one logger: one JSON line per entry ({ level, time, msg, ...fields }), with every
 * field passed through the one redaction rule in lib/log-redact.ts. Plain console underneath, so
 * it runs on the edge too and needs no dependency.
 *
 *   log.error('sync run failed', { runId, connectionId, error });
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;
export type Logger = Record<LogLevel, (message: string, fields?: LogFields) => void>;

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function writeToConsole(level: LogLevel, line: string): void {
  // stderr for problems, stdout for the rest, as a process supervisor expects.
  if (level === 'error' || level === 'warn') console.error(line);
  else console.log(line);
}

function configuredLevel(): LogLevel {
  // The logger must still work when the environment is what is wrong (it reports that error).
  try {
    return env().LOG_LEVEL;
  } catch {
    return 'info';
  }
}

export function createLogger(options: { level?: () => LogLevel; write?: (level: LogLevel, line: string) => void } = {}): Logger {
  const level = options.level ?? configuredLevel;
  const write = options.write ?? writeToConsole;
  const entry = (at: LogLevel) => (message: string, fields: LogFields = {}) => {
    if (rank[at] < rank[level()]) return;
    const safe = redact(fields) as LogFields;
    write(at, JSON.stringify({ level: at, time: new Date().toISOString(), msg: redact(message), ...safe }));
  };
  return { debug: entry('debug'), info: entry('info'), warn: entry('warn'), error: entry('error') };
}

export const log: Logger = createLogger();
