import { describe, expect, it } from 'vitest';
import { bankErrorMessage, bankNoticeMessage, connectErrorMessage } from './connect-errors';

// Codes arrive in the query string: names that exist on every plain object must read as unknown.
const inherited = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

describe('connect messages', () => {
  it('know their own codes', () => {
    expect(bankNoticeMessage('connected')).toBe('Your accounts are linked.');
    expect(bankErrorMessage('denied')).toMatch(/chose not to share/);
    expect(bankErrorMessage('disconnect_choice')).toMatch(/keep or delete/);
  });

  it('treat inherited property names as unknown codes', () => {
    for (const code of inherited) {
      expect(bankNoticeMessage(code), code).toBeUndefined();
      expect(bankErrorMessage(code), code).toBeUndefined();
      expect(connectErrorMessage(code), code).toBeUndefined();
    }
  });
});
