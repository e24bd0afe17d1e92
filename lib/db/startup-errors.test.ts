import { describe, expect, it } from 'vitest';
import { DatabaseStartupError, startupMessages, toStartupError } from './startup-errors';

const pgUrl = 'postgres://cashlens:secret@db.internal:6543/cashlens';

describe('toStartupError', () => {
  it('names the host and the driver code for refused connections, never the password', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:6543'), { code: 'ECONNREFUSED' });
    const { message } = toStartupError(refused, pgUrl);
    expect(message).toBe(
      'Cashlens cannot start: the database at db.internal:6543 is unreachable (ECONNREFUSED). Check DATABASE_URL.',
    );
    expect(message).not.toContain('secret');
  });

  it('finds codes nested in causes and AggregateErrors', () => {
    const nested = new Error('wrapped', { cause: new AggregateError([Object.assign(new Error('x'), { code: 'ETIMEDOUT' })]) });
    expect(toStartupError(nested, pgUrl).message).toContain('unreachable (ETIMEDOUT)');
  });

  it('reduces unknown failures to their first line', () => {
    const { message } = toStartupError(new Error('syntax error at "FOO"\n   0: backtrace…'), 'file:./data/x.db');
    expect(message).toMatch(/^Cashlens cannot start: migrating the database at \/.*data\/x\.db failed: syntax error at "FOO"$/);
  });

  it('passes already-worded errors through unchanged', () => {
    const worded = new DatabaseStartupError(startupMessages.newer('127.0.0.1:5432', ['20990101000000_x']));
    expect(toStartupError(worded, pgUrl)).toBe(worded);
    expect(worded.message).not.toContain('\n');
  });
});
