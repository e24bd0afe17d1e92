import { toDayNumber } from '@/lib/dates';
import type { ImportedRow } from '../types';
import { normaliseDescription } from './normalise-description';

// Which imported rows the account already has. Both inputs are sorted by date, so one pass with a
// window of ±windowDays over the existing rows is enough: memory is a few days of rows and time is
// linear, at 200k rows as at 20.
//   1. Same bank id (FITID, CSV reference) → duplicate, however far apart the dates.
//   2. Otherwise same amount, same normalised description, dates within the window → duplicate,
//      matched one to one: two identical coffees in the file against one already known → one new.
//      Two rows that both carry a bank id of the same kind and differ are different transactions,
//      so rule 2 never pairs them.

/**
 * A row the account already has. externalId is the id in the file's id space (a FITID from an
 * earlier import); leave it empty for rows from the bank feed, whose ids are of another kind.
 */
export type ExistingRow = { id: string; bookedOn: string; amountMinor: bigint; description: string; externalId?: string | null };

export type DuplicateOf =
  | { rule: 'external_id'; existingId: string }
  | { rule: 'external_id_in_file'; line: number }
  | { rule: 'similar'; existingId: string };

export type DedupeDecision = { row: ImportedRow; duplicateOf?: DuplicateOf };

export type DedupeOptions = {
  windowDays?: number;
  /**
   * Existing rows of the account with these bank ids (id → row id), e.g. one indexed query per batch.
   * Without it, rule 1 only sees existing rows inside the date window.
   */
  lookupExternalIds?: (externalIds: string[]) => Promise<Map<string, string>>;
};

type WindowEntry = { row: ExistingRow; day: number; key: string; used: boolean };

class ExistingWindow {
  private byKey = new Map<string, WindowEntry[]>();
  private byExternalId = new Map<string, WindowEntry>();
  private fifo: WindowEntry[] = [];
  private fifoStart = 0;
  private lastDay = -Infinity;
  private next: IteratorResult<ExistingRow> | undefined;

  constructor(private source: AsyncIterator<ExistingRow>) {}

  /** Takes in existing rows up to `day + width` and lets go of those before `day - width`. */
  async moveTo(day: number, width: number): Promise<void> {
    for (;;) {
      this.next ??= await this.source.next();
      if (this.next.done) break;
      const row = this.next.value;
      const rowDay = toDayNumber(row.bookedOn);
      if (rowDay > day + width) break;
      if (rowDay < this.lastDay) throw new Error(`existing rows are not sorted by date (${row.bookedOn} after a later one)`);
      this.lastDay = rowDay;
      this.next = undefined;
      if (rowDay < day - width) continue;
      const entry: WindowEntry = { row, day: rowDay, key: keyOf(row.amountMinor, row.description), used: false };
      const bucket = this.byKey.get(entry.key);
      if (bucket) bucket.push(entry);
      else this.byKey.set(entry.key, [entry]);
      if (row.externalId) this.byExternalId.set(row.externalId, entry);
      this.fifo.push(entry);
    }
    while (this.fifoStart < this.fifo.length && (this.fifo[this.fifoStart]?.day ?? Infinity) < day - width) {
      const old = this.fifo[this.fifoStart++];
      if (!old) break;
      const bucket = this.byKey.get(old.key);
      if (bucket?.[0] === old) bucket.shift();
      if (bucket?.length === 0) this.byKey.delete(old.key);
      if (old.row.externalId && this.byExternalId.get(old.row.externalId) === old) this.byExternalId.delete(old.row.externalId);
    }
    if (this.fifoStart > 4096) {
      this.fifo = this.fifo.slice(this.fifoStart);
      this.fifoStart = 0;
    }
  }

  takeByExternalId(externalId: string): WindowEntry | undefined {
    const entry = this.byExternalId.get(externalId);
    if (entry) entry.used = true;
    return entry;
  }

  /** The earliest unused row with this key inside the window: earliest-first keeps the one-to-one matching maximal. */
  takeSimilar(key: string, fromDay: number, hasExternalId: boolean): WindowEntry | undefined {
    const bucket = this.byKey.get(key);
    if (!bucket) return undefined;
    while (bucket.length > 0 && (bucket[0]?.used || (bucket[0]?.day ?? Infinity) < fromDay)) bucket.shift();
    const entry = bucket.find((e) => !e.used && e.day >= fromDay && !(hasExternalId && e.row.externalId));
    if (entry) entry.used = true;
    return entry;
  }
}

function keyOf(amountMinor: bigint, description: string): string {
  return `${amountMinor}\u0000${normaliseDescription(description)}`;
}

/** Decisions in the order of the incoming rows, one batch out per batch in. */
export async function* findDuplicates(
  incoming: AsyncIterable<ImportedRow[]>,
  existing: AsyncIterable<ExistingRow>,
  { windowDays = 3, lookupExternalIds }: DedupeOptions = {},
): AsyncGenerator<DedupeDecision[]> {
  const window = new ExistingWindow(existing[Symbol.asyncIterator]());
  const seenIds = new Map<string, { line: number; day: number }>();
  const seenOrder: { id: string; day: number }[] = [];
  let lastDay = -Infinity;
  for await (const batch of incoming) {
    const ids = batch.flatMap((row) => (row.externalId ? [row.externalId] : []));
    const known = lookupExternalIds && ids.length > 0 ? await lookupExternalIds(ids) : new Map<string, string>();
    const decisions: DedupeDecision[] = [];
    for (const row of batch) {
      const day = toDayNumber(row.bookedOn);
      if (day < lastDay) throw new Error(`imported rows are not sorted by date (line ${row.line}, ${row.bookedOn})`);
      lastDay = day;
      await window.moveTo(day, windowDays);
      while (seenOrder.length > 0 && (seenOrder[0]?.day ?? Infinity) < day - windowDays) {
        const old = seenOrder.shift();
        if (old && seenIds.get(old.id)?.day === old.day) seenIds.delete(old.id);
      }
      decisions.push({ row, duplicateOf: decide(row, day, known, window, seenIds, windowDays) });
      if (row.externalId && !seenIds.has(row.externalId)) {
        seenIds.set(row.externalId, { line: row.line, day });
        seenOrder.push({ id: row.externalId, day });
      }
    }
    yield decisions;
  }
}

function decide(
  row: ImportedRow,
  day: number,
  known: Map<string, string>,
  window: ExistingWindow,
  seenIds: Map<string, { line: number }>,
  windowDays: number,
): DuplicateOf | undefined {
  if (row.externalId) {
    const inWindow = window.takeByExternalId(row.externalId);
    const existingId = known.get(row.externalId) ?? inWindow?.row.id;
    if (existingId) return { rule: 'external_id', existingId };
    const earlier = seenIds.get(row.externalId);
    if (earlier) return { rule: 'external_id_in_file', line: earlier.line };
  }
  const similar = window.takeSimilar(keyOf(row.amountMinor, row.description), day - windowDays, Boolean(row.externalId));
  return similar ? { rule: 'similar', existingId: similar.row.id } : undefined;
}
