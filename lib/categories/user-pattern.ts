import { RE2JS } from 're2js';

// Users' rule patterns run on every synced description, so they run on RE2 (re2js): matching
// time is linear in the text for any pattern, where JavaScript's backtracking RegExp can take
// exponential time on shapes such as `(a|aa)+$`. RE2 has no look-around and no back-references;
// those patterns are refused with a message instead of being half-supported.

export const MAX_PATTERN_LENGTH = 200;

export type UserPattern = { test(text: string): boolean };

/** A compiled case-insensitive pattern, or the message to show when it cannot be used. */
export function compileUserPattern(pattern: string): UserPattern | string {
  if (pattern.length > MAX_PATTERN_LENGTH) return `Keep the pattern under ${MAX_PATTERN_LENGTH} characters.`;
  try {
    return RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE);
  } catch {
    return 'This is not a valid pattern, or it uses a feature that is not supported (look-ahead, look-behind, back-references). Check brackets and special characters, or use "Description contains" instead.';
  }
}
