import fs from 'node:fs';
import path from 'node:path';
import { MS_PER_DAY } from './data/calendar.js';

// The sandbox clock is real time plus a whole number of days the tester has
// skipped ahead. The offset lives on disk so a restart keeps the same "today".

const cache = new Map<string, number>();

function resolveClockFile(): string {
  const dataDir = path.resolve(process.env.SANDBOX_DATA_DIR ?? './data/sandbox');
  return path.join(dataDir, 'clock.json');
}

export function readSandboxClockOffsetDays(): number {
  const file = resolveClockFile();
  const cached = cache.get(file);
  if (cached !== undefined) return cached;
  let offsetDays = 0;
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { offsetDays?: unknown };
    if (typeof parsed.offsetDays === 'number' && Number.isInteger(parsed.offsetDays)) offsetDays = parsed.offsetDays;
  } catch {
    // No file yet (or unreadable): the clock starts at real time.
  }
  cache.set(file, offsetDays);
  return offsetDays;
}

function writeOffset(offsetDays: number): void {
  const file = resolveClockFile();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Write-then-rename so a crash never leaves a half-written clock.
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify({ offsetDays, updatedAt: new Date().toISOString() }));
  fs.renameSync(tmp, file);
  cache.set(file, offsetDays);
}

export function sandboxNow(): Date {
  return new Date(Date.now() + readSandboxClockOffsetDays() * MS_PER_DAY);
}

export function advanceSandboxClock(days: number): Date {
  if (!Number.isInteger(days)) throw new RangeError('days must be an integer');
  writeOffset(readSandboxClockOffsetDays() + days);
  return sandboxNow();
}

export function resetSandboxClock(): Date {
  writeOffset(0);
  return sandboxNow();
}
