import { describe, expect, it } from 'vitest';
import { signedOutMessage } from './signed-out';

describe('signed-out message', () => {
  it('knows its two codes and nothing inherited', () => {
    expect(signedOutMessage('1')).toBe('You are signed out.');
    expect(signedOutMessage('everywhere')).toMatch(/every device/);
    for (const code of ['__proto__', 'constructor', 'toString', undefined, ['1']]) expect(signedOutMessage(code), String(code)).toBeUndefined();
  });
});
