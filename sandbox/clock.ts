import fs from 'node:fs';
import path from 'node:path';
import { MS_PER_DAY } from './data/calendar.js';

// The sandbox clock is real time plus an offset the tester chose: whole days skipped ahead
// (`advance`), or the distance to a chosen instant (`set`), after which time runs on from that
// instant. The offset lives on disk so a restart keeps the same "today".

const cache = new Map<string, number>();

function resolveClockFile(): string {
  const dataDir = path.resolve(process.env.SANDBOX_DATA_DIR ?? './data/sandbox');
  return path.join(dataDir, 'clock.json');
}

/** The offset from real time in milliseconds (files written before `set` existed hold whole days). */
export function readSandboxClockOffsetMs(): number {
  const file = resolveClockFile();
  const cached = cache.get(file);
  if (cached !== undefined) return cached;
  let offsetMs = 0;
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { offsetMs?: unknown; offsetDays?: unknown };
    if (typeof parsed.offsetMs === 'number' && Number.isInteger(parsed.offsetMs)) offsetMs = parsed.offsetMs;
    else if (typeof parsed.offsetDays === 'number' && Number.isInteger(parsed.offsetDays)) offsetMs = parsed.offsetDays * MS_PER_DAY;
  } catch {
    // No file yet (or unreadable): the clock starts at real time.
  }
  cache.set(file, offsetMs);
  return offsetMs;
}

/** The offset in days, rounded toward zero (whole days after `advance`/`reset`). */
export function readSandboxClockOffsetDays(): number {
  return Math.trunc(readSandboxClockOffsetMs() / MS_PER_DAY);
}

function writeOffset(offsetMs: number): void {
  const file = resolveClockFile();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Write-then-rename so a crash never leaves a half-written clock.
  const tmp = `${file}.${process.pid}.tmp`;
  const offsetDays = offsetMs / MS_PER_DAY;
  fs.writeFileSync(tmp, JSON.stringify({ offsetMs, ...(Number.isInteger(offsetDays) ? { offsetDays } : {}), updatedAt: new Date().toISOString() }));
  fs.renameSync(tmp, file);
  cache.set(file, offsetMs);
}

export function sandboxNow(): Date {
  return new Date(Date.now() + readSandboxClockOffsetMs());
}

export function advanceSandboxClock(days: number): Date {
  if (!Number.isInteger(days)) throw new RangeError('days must be an integer');
  writeOffset(readSandboxClockOffsetMs() + days * MS_PER_DAY);
  return sandboxNow();
}

/** Makes "now" the given instant; the clock keeps running from there. */
export function setSandboxClock(now: Date): Date {
  if (Number.isNaN(now.getTime())) throw new RangeError('now must be a valid date');
  writeOffset(now.getTime() - Date.now());
  return sandboxNow();
}

export function resetSandboxClock(): Date {
  writeOffset(0);
  return sandboxNow();
}
