import { describe, expect, it } from 'vitest';
import { createLogger, type LogLevel } from './log';
import { redact } from './log-redact';

function collect(level: LogLevel = 'debug') {
  const lines: { level: LogLevel; entry: Record<string, unknown> }[] = [];
  const logger = createLogger({ level: () => level, write: (at, line) => lines.push({ level: at, entry: JSON.parse(line) as Record<string, unknown> }) });
  return { logger, lines };
}

describe('redaction', () => {
  it('hides credentials at any depth, however the key is spelt', () => {
    const out = redact({
      connectionId: 'c1',
      tokens: { access_token: 'at-1', refreshToken: 'rt-1', id_token: 'it-1', expiresIn: 900 },
      request: { headers: { Authorization: 'Bearer at-1', Cookie: 'authjs.session-token=s1', 'content-type': 'application/json' } },
      oauth: { client_secret: 'cs', code: 'auth-code', code_verifier: 'v', state: 'st' },
      user: { email: 'a@example.test', password: 'hunter2' },
    });
    expect(out).toEqual({
      connectionId: 'c1',
      tokens: '[redacted]',
      request: { headers: { Authorization: '[redacted]', Cookie: '[redacted]', 'content-type': 'application/json' } },
      oauth: { client_secret: '[redacted]', code: '[redacted]', code_verifier: '[redacted]', state: 'st' },
      user: { email: 'a@example.test', password: '[redacted]' },
    });
  });

  it('hides bank payloads: any fdx, payload or body field', () => {
    const out = redact({ runId: 'r1', fdxAccount: { accountNumber: '123456789' }, payload: { holder: 'Alex' }, response: { status: 502, body: '{"accountNumber":"1"}' } });
    expect(out).toEqual({ runId: 'r1', fdxAccount: '[redacted]', payload: '[redacted]', response: { status: 502, body: '[redacted]' } });
  });

  it('hides a code in a callback URL and a bearer token in text, and keeps the rest', () => {
    expect(redact('GET /api/bank/callback?code=abc123&state=xyz failed')).toBe('GET /api/bank/callback?code=[redacted]&state=xyz failed');
    expect(redact(new URL('http://localhost:3000/cb?state=s&code=c'))).toBe('http://localhost:3000/cb?state=s&code=[redacted]');
    expect(redact('sent Authorization: Bearer eyJhbGciOi.abc.def')).toBe('sent Authorization: Bearer [redacted]');
    expect(redact('grant_type=refresh_token&refresh_token=rt-9&client_id=app')).toBe('grant_type=refresh_token&refresh_token=[redacted]&client_id=app');
  });

  it('turns errors into plain fields, redacting their message, own fields and cause', () => {
    const cause = Object.assign(new Error('token endpoint said no: client_secret=cs-1'), { body: { error: 'invalid_client' } });
    const error = Object.assign(new Error('refresh failed', { cause }), { status: 401, refresh_token: 'rt-2' });
    const out = redact({ error }) as { error: Record<string, unknown> };
    expect(out.error).toMatchObject({ name: 'Error', message: 'refresh failed', status: 401, refresh_token: '[redacted]' });
    expect(out.error.stack).toEqual(expect.stringContaining('refresh failed'));
    expect(out.error.cause).toMatchObject({ message: 'token endpoint said no: client_secret=[redacted]', body: '[redacted]' });
    expect(JSON.stringify(out)).not.toMatch(/cs-1|rt-2|invalid_client/);
  });

  it('survives cycles, bigints, dates and long arrays', () => {
    const node: Record<string, unknown> = { amountMinor: -1_799n, on: new Date('2026-03-21T00:00:00.000Z') };
    node.self = node;
    const shared = { id: 1 };
    expect(redact({ node, pair: [shared, shared] })).toEqual({ node: { amountMinor: '-1799', on: '2026-03-21T00:00:00.000Z', self: '[circular]' }, pair: [{ id: 1 }, { id: 1 }] });
    expect((redact(Array.from({ length: 60 }, (_, i) => i)) as unknown[]).at(-1)).toBe('[10 more]');
  });
});

describe('log', () => {
  it('writes one redacted JSON line per entry, at or above the level', () => {
    const { logger, lines } = collect('info');
    logger.debug('not shown');
    logger.info('connected', { connectionId: 'c1', tokens: { access_token: 'at' } });
    logger.error('sync failed', { error: new Error('boom'), payload: { raw: true } });
    expect(lines.map((l) => l.level)).toEqual(['info', 'error']);
    expect(lines[0]!.entry).toMatchObject({ level: 'info', msg: 'connected', connectionId: 'c1', tokens: '[redacted]' });
    expect(lines[0]!.entry.time).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(lines[1]!.entry).toMatchObject({ msg: 'sync failed', error: { message: 'boom' }, payload: '[redacted]' });
  });

  it('redacts the message too', () => {
    const { logger, lines } = collect();
    logger.warn('callback http://x/cb?code=secret-code failed');
    expect(lines[0]!.entry.msg).toBe('callback http://x/cb?code=[redacted] failed');
  });
});
