import { describe, expect, it } from 'vitest';
import type { ImportedRow } from '../types';
import { findDuplicates, type DedupeDecision, type DedupeOptions, type ExistingRow } from './find-duplicates';

let line = 0;
function row(bookedOn: string, amountMinor: bigint, description: string, externalId?: string): ImportedRow {
  return { line: ++line, bookedOn, amountMinor, description, ...(externalId ? { externalId } : {}) };
}

function known(id: string, bookedOn: string, amountMinor: bigint, description: string, externalId?: string): ExistingRow {
  return { id, bookedOn, amountMinor, description, externalId };
}

async function* stream<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

async function decide(incoming: ImportedRow[], existing: ExistingRow[], options?: DedupeOptions, batchSize = 2): Promise<DedupeDecision[]> {
  const batches: ImportedRow[][] = [];
  for (let i = 0; i < incoming.length; i += batchSize) batches.push(incoming.slice(i, i + batchSize));
  const decisions: DedupeDecision[] = [];
  for await (const batch of findDuplicates(stream(batches), stream(existing), options)) decisions.push(...batch);
  return decisions;
}

const verdicts = (decisions: DedupeDecision[]) => decisions.map((d) => d.duplicateOf ?? 'new');

describe('findDuplicates', () => {
  it('matches the same bank id on any date, and the same id twice in the file', async () => {
    const decisions = await decide(
      [row('2026-11-01', -500n, 'Coffee', 'F1'), row('2026-11-20', -999n, 'Renamed by bank', 'F9'), row('2026-11-20', -999n, 'Renamed by bank', 'F9')],
      [known('t1', '2026-11-01', -500n, 'Coffee', 'F1')],
      { lookupExternalIds: async (ids) => new Map(ids.filter((id) => id === 'F1').map((id) => [id, 't1'])) },
    );
    expect(verdicts(decisions)).toEqual([{ rule: 'external_id', existingId: 't1' }, 'new', { rule: 'external_id_in_file', line: decisions[1]?.row.line }]);
  });

  it('matches same amount and description within ±3 days, ignoring case and punctuation', async () => {
    const decisions = await decide(
      [row('2026-11-04', -4299n, 'AMAZON MKTPL*2K4AB'), row('2026-11-10', -4299n, 'amazon mktpl 2k4ab')],
      [known('a', '2026-11-01', -4299n, 'Amazon Mktpl*2K4AB'), known('b', '2026-11-14', -4299n, 'AMAZON MKTPL 2K4AB')],
    );
    expect(verdicts(decisions)).toEqual([{ rule: 'similar', existingId: 'a' }, 'new']);
  });

  it('never matches beyond the window, or on another amount or description', async () => {
    const decisions = await decide(
      [row('2026-11-05', -500n, 'Coffee'), row('2026-11-06', -501n, 'Coffee'), row('2026-11-06', -500n, 'Tea')],
      [known('a', '2026-11-01', -500n, 'Coffee'), known('b', '2026-11-06', -500n, 'Coffee shop')],
    );
    expect(verdicts(decisions)).toEqual(['new', 'new', 'new']);
  });

  it('matches one to one: two identical coffees against one known → one new', async () => {
    const decisions = await decide([row('2026-11-02', -500n, 'Coffee'), row('2026-11-02', -500n, 'Coffee')], [known('a', '2026-11-02', -500n, 'Coffee')]);
    expect(verdicts(decisions)).toEqual([{ rule: 'similar', existingId: 'a' }, 'new']);
  });

  it('pairs a chain of near dates so that every row finds a partner', async () => {
    // Closest-first would pair 11-04 with 11-04 and leave 11-01 alone; earliest-first pairs all.
    const decisions = await decide(
      [row('2026-11-01', -500n, 'Coffee'), row('2026-11-04', -500n, 'Coffee')],
      [known('a', '2026-11-04', -500n, 'Coffee'), known('b', '2026-11-07', -500n, 'Coffee')],
    );
    expect(verdicts(decisions)).toEqual([{ rule: 'similar', existingId: 'a' }, { rule: 'similar', existingId: 'b' }]);
  });

  it('does not pair rows whose bank ids differ, whatever the order in the file', async () => {
    const decisions = await decide(
      [row('2026-11-02', -500n, 'Coffee', 'B'), row('2026-11-02', -500n, 'Coffee', 'A')],
      [known('a', '2026-11-02', -500n, 'Coffee', 'A')],
    );
    expect(verdicts(decisions)).toEqual(['new', { rule: 'external_id', existingId: 'a' }]);
  });

  it('pairs a file row with a bank id to a synced row that has none', async () => {
    const decisions = await decide([row('2026-11-03', -500n, 'Coffee', 'FITID1')], [known('s', '2026-11-02', -500n, 'COFFEE')]);
    expect(verdicts(decisions)).toEqual([{ rule: 'similar', existingId: 's' }]);
  });

  it('refuses unsorted input rather than missing duplicates', async () => {
    await expect(decide([row('2026-11-05', 1n, 'A'), row('2026-11-01', 1n, 'A')], [])).rejects.toThrow(/not sorted/);
    await expect(decide([row('2026-11-30', 1n, 'A')], [known('a', '2026-11-05', 1n, 'A'), known('b', '2026-11-01', 1n, 'A')])).rejects.toThrow(/not sorted/);
  });
});
