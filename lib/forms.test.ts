import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BadInputError, NotFoundError } from '@/lib/errors';
import { invalidForm, moneySchema, optionalMoneySchema, readField, readFieldList, readFields, readOptionalField, runFormAction } from './forms';

function formOf(entries: [string, string | Blob][]): FormData {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
}

describe('field readers', () => {
  const form = formOf([
    ['name', '  Ana  '],
    ['blank', '   '],
    ['file', new Blob(['x'])],
    ['ids', 'a'],
    ['ids', 'b'],
  ]);

  it('reads a string field as typed, and anything else as empty', () => {
    expect(readField(form, 'name')).toBe('  Ana  ');
    expect(readField(form, 'missing')).toBe('');
    expect(readField(form, 'file')).toBe('');
  });

  it('reads an optional field as trimmed text or undefined', () => {
    expect(readOptionalField(form, 'name')).toBe('Ana');
    expect(readOptionalField(form, 'blank')).toBeUndefined();
    expect(readOptionalField(form, 'missing')).toBeUndefined();
  });

  it('reads repeated fields in order and several fields cut to a length', () => {
    expect(readFieldList(form, 'ids')).toEqual(['a', 'b']);
    expect(readFieldList(formOf([['f', new Blob(['x'])], ['f', 'ok']]), 'f')).toEqual(['ok']);
    expect(readFields(form, ['name', 'missing'], 3)).toEqual({ name: '  A', missing: '' });
  });
});

describe('money schema', () => {
  const amount = moneySchema({ invalid: 'Enter an amount.' });

  it.each([
    ['12.34', 1234n],
    ['-0.5', -50n],
    ['1,234.56', 123456n],
    ['$1,000', 100000n],
    ['(3.10)', -310n],
    [' 7 ', 700n],
  ])('reads %j as %s minor units', (text, minor) => {
    expect(amount.parse(text)).toBe(minor);
  });

  it.each(['', 'abc', '12.345', '1,23', '1.2.3', '12e400'])('refuses %j with a field error', (text) => {
    const result = z.object({ amount }).safeParse({ amount: text });
    expect(result.success).toBe(false);
    expect(invalidForm(result.error!).fieldErrors).toEqual({ amount: ['Enter an amount.'] });
  });

  it('uses the currency’s decimal places', () => {
    expect(moneySchema({ invalid: 'x', currency: 'JPY' }).parse('1,500')).toBe(1500n);
    expect(moneySchema({ invalid: 'x', currency: 'JPY' }).safeParse('15.5').success).toBe(false);
  });

  it('checks the range with its own messages', () => {
    const budget = moneySchema({ min: 0n, max: 100_00n, invalid: 'Not an amount.', tooSmall: 'Not negative.', outOfRange: 'Too much.' });
    expect(budget.safeParse('-1').error?.issues[0]?.message).toBe('Not negative.');
    expect(budget.safeParse('100.01').error?.issues[0]?.message).toBe('Too much.');
    expect(budget.parse('100')).toBe(100_00n);
    expect(budget.parse('0')).toBe(0n);
  });

  it('reads a blank optional amount as null', () => {
    const optional = optionalMoneySchema({ invalid: 'Not an amount.' });
    expect(optional.parse('')).toBeNull();
    expect(optional.parse('  ')).toBeNull();
    expect(optional.parse(undefined)).toBeNull();
    expect(optional.parse('2.5')).toBe(250n);
    expect(optional.safeParse('two').success).toBe(false);
  });
});

describe('runFormAction', () => {
  it('returns what the work returns', async () => {
    expect(await runFormAction(async () => ({ ok: true, message: 'Saved.' }))).toEqual({ ok: true, message: 'Saved.' });
  });

  it('turns an expected failure into the form’s message and keeps what was typed', async () => {
    const state = await runFormAction(async () => {
      throw new BadInputError('Check the amount.', { amount: ['Too large.'] });
    }, { amount: '9e9' });
    expect(state).toMatchObject({ message: 'Check the amount.', fieldErrors: { amount: ['Too large.'] }, values: { amount: '9e9' } });
    expect(state.ok).toBeUndefined();
    expect(typeof state.submission).toBe('number');
    expect((await runFormAction(async () => Promise.reject(new NotFoundError('That rule')))).message).toBe('That rule was not found.');
  });

  it('throws a bug on', async () => {
    await expect(runFormAction(async () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
  });
});
