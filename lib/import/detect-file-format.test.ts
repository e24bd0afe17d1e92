import { describe, expect, it } from 'vitest';
import { detectFileFormat } from './detect-file-format';
import { readFixture } from './test-helpers/fixtures';

describe('detectFileFormat', () => {
  it.each([
    ['bank-1x.ofx', 'ofx'],
    ['card-1x.qfx', 'ofx'],
    ['bank-2x.ofx', 'ofx'],
    ['bank.qif', 'qif'],
    ['card.qif', 'qif'],
    ['chase-checking.csv', 'csv'],
    ['bofa-checking.csv', 'csv'],
  ] as const)('%s is %s', (name, format) => {
    expect(detectFileFormat(readFixture(name).toString('latin1'), name)).toBe(format);
  });

  it('does not trust a misleading extension', () => {
    expect(detectFileFormat('Date,Description,Amount\n', 'export.qfx')).toBe('csv');
  });
});
