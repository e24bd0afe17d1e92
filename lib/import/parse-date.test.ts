import { describe, expect, it } from 'vitest';
import { detectDateFormat, parseDate } from './parse-date';

describe('parseDate', () => {
  it.each([
    ['11/30/2026', 'MM/DD/YYYY', '2026-11-30'],
    ['1/5/2026', 'MM/DD/YYYY', '2026-01-05'],
    ['30/11/2026', 'DD/MM/YYYY', '2026-11-30'],
    ['30.11.2026', 'DD.MM.YYYY', '2026-11-30'],
    ['2026-11-30', 'YYYY-MM-DD', '2026-11-30'],
    ['2026-11-30 14:05:00', 'YYYY-MM-DD', '2026-11-30'],
    ['11/30/26', 'M/D/YY', '2026-11-30'],
    ['1/5/70', 'M/D/YY', '1970-01-05'],
    ['30/11/26', 'D/M/YY', '2026-11-30'],
    ['20261130', 'YYYYMMDD', '2026-11-30'],
    ['2/29/2028', 'MM/DD/YYYY', '2028-02-29'],
    ['2/29/2100', 'MM/DD/YYYY', null],
    ['30/11/2026', 'MM/DD/YYYY', null],
    ['11/30/26', 'MM/DD/YYYY', null],
    ['30.11.2026', 'DD/MM/YYYY', null],
    ['2026-13-01', 'YYYY-MM-DD', null],
    ['', 'YYYY-MM-DD', null],
  ] as const)('%s as %s → %s', (text, format, expected) => {
    expect(parseDate(text, format)).toBe(expected);
  });
});

describe('detectDateFormat', () => {
  it('settles once a day past 12 shows the order', () => {
    expect(detectDateFormat(['01/02/2026', '11/30/2026'])).toEqual({ ok: true, format: 'MM/DD/YYYY' });
    expect(detectDateFormat(['01.02.2026', '30.11.2026'])).toEqual({ ok: true, format: 'DD.MM.YYYY' });
    expect(detectDateFormat(['2026-01-02'])).toEqual({ ok: true, format: 'YYYY-MM-DD' });
  });

  it('refuses ambiguity and names a date that reads two ways', () => {
    expect(detectDateFormat(['01/02/2026', '03/04/2026'])).toEqual({ ok: false, reason: 'ambiguous', candidates: ['MM/DD/YYYY', 'DD/MM/YYYY'], example: '01/02/2026' });
  });

  it('does not call a date ambiguous when both readings agree', () => {
    expect(detectDateFormat(['05/05/2026', '11/30/2026'])).toEqual({ ok: true, format: 'MM/DD/YYYY' });
  });

  it('refuses dates no format reads', () => {
    expect(detectDateFormat(['Nov 30, 2026'])).toMatchObject({ ok: false, reason: 'none' });
  });
});

