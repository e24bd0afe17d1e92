import { z } from 'zod';

// Category and tag names: trimmed, inner runs of spaces collapsed, 1–40 characters. Uniqueness is
// per user whatever the case ("coffee" and "Coffee" are the same name), so the stored nameKey is
// the lower-cased name and a unique index on it settles races.

export const NAME_MAX = 40;

export function normaliseName(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

export function nameKeyOf(name: string): string {
  return normaliseName(name).toLowerCase();
}

export function nameSchema(what: 'category' | 'tag') {
  return z
    .string()
    .transform(normaliseName)
    .pipe(
      z
        .string()
        .min(1, `Give the ${what} a name.`)
        .max(NAME_MAX, `Keep the ${what} name to ${NAME_MAX} characters or fewer.`),
    );
}
