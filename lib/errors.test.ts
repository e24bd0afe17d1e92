import { describe, expect, it } from 'vitest';
import { BankHttpError } from '@/lib/bank/errors';
import { ConnectError } from '@/lib/bank/connect-errors';
import {
  AppError,
  BadInputError,
  ConflictError,
  ForbiddenError,
  httpStatusOf,
  INTERNAL_ERROR_MESSAGE,
  NotFoundError,
  toErrorBody,
  toFormState,
  UnauthorisedError,
} from './errors';

describe('error → HTTP status', () => {
  it.each([
    [new BadInputError('Pick a month.'), 400, 'bad_input'],
    [new UnauthorisedError(), 401, 'unauthorised'],
    [new ForbiddenError(), 403, 'forbidden'],
    [new NotFoundError('That report'), 404, 'not_found'],
    [new ConflictError('Already linked.'), 409, 'conflict'],
    [new BankHttpError(500, 'http://127.0.0.1/x'), 502, 'bank_error'],
    [new ConnectError('state_invalid'), 400, 'state_invalid'],
  ])('%s → %i with code %s', (error, status, code) => {
    expect(error).toBeInstanceOf(AppError);
    expect(httpStatusOf(error)).toBe(status);
    expect(toErrorBody(error).error.code).toBe(code);
  });

  it('sends an AppError’s own message', () => {
    expect(toErrorBody(new NotFoundError('That report'))).toEqual({ error: { code: 'not_found', message: 'That report was not found.' } });
  });

  it('answers 500 with a generic message for anything else, never its text', () => {
    const bug = new Error('relation "Secret" does not exist at postgres://user:pw@db');
    expect(httpStatusOf(bug)).toBe(500);
    expect(toErrorBody(bug)).toEqual({ error: { code: 'internal', message: INTERNAL_ERROR_MESSAGE } });
    expect(JSON.stringify(toErrorBody('a thrown string'))).not.toContain('thrown string');
  });
});

describe('error → form message', () => {
  it('shows an expected failure next to the form, with its field errors', () => {
    expect(toFormState(new BadInputError('Check the amount.', { amount: ['Too large.'] }))).toEqual({ message: 'Check the amount.', fieldErrors: { amount: ['Too large.'] } });
    expect(toFormState(new NotFoundError('That transaction'))).toEqual({ message: 'That transaction was not found.', fieldErrors: undefined });
  });

  it('throws a bug on instead of hiding it in the form', () => {
    const bug = new TypeError('x is undefined');
    expect(() => toFormState(bug)).toThrow(bug);
  });
});
