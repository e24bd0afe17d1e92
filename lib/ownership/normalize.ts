// Normalising what people type and what banks send, so "ALEX J. RIVERA" and "Alex Jordan Rivera"
// compare as the same person and "2147 West Belden Avenue" as "2147 W Belden Ave".

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v', 'md', 'phd', 'esq']);

/** Lower case, accents and punctuation gone, single spaces. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, ' ')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export type NameParts = { first: string; middle: string[]; last: string };

/** A full name as one string → first, middles, last (honorifics and suffixes dropped). */
export function splitName(full: string): NameParts | null {
  const words = foldText(full).split(' ').filter((word) => word && !HONORIFICS.has(word));
  while (words.length > 2 && SUFFIXES.has(words.at(-1)!)) words.pop();
  if (words.length === 0) return null;
  if (words.length === 1) return { first: words[0]!, middle: [], last: '' };
  return { first: words[0]!, middle: words.slice(1, -1), last: words.at(-1)! };
}

/** The bank's structured name → the same parts (a missing last name stays empty). */
export function partsOfBankName(name: { first?: string; middle?: string; last?: string }): NameParts | null {
  const first = foldText(name.first ?? '');
  const last = foldText(name.last ?? '');
  const middle = foldText(name.middle ?? '').split(' ').filter(Boolean);
  if (!first && !last) return null;
  return { first, middle, last };
}

const STREET_WORDS: Record<string, string> = {
  street: 'st', avenue: 'ave', av: 'ave', road: 'rd', drive: 'dr', boulevard: 'blvd', lane: 'ln', court: 'ct', place: 'pl',
  parkway: 'pkwy', highway: 'hwy', terrace: 'ter', circle: 'cir', square: 'sq', suite: 'ste', apartment: 'apt', unit: 'unit',
  north: 'n', south: 's', east: 'e', west: 'w', northeast: 'ne', northwest: 'nw', southeast: 'se', southwest: 'sw',
};
// Unit designators all mean "the flat/suite number follows"; the number is what identifies it.
const UNIT_WORDS = new Set(['apt', 'unit', 'ste', 'no', 'number', 'fl', 'floor', 'rm', 'room']);

/** "2147 West Belden Avenue" → "2147 w belden ave". */
export function normalizeStreet(line: string): string {
  return foldText(line.replace(/#/g, ' unit '))
    .split(' ')
    .filter(Boolean)
    .map((word) => STREET_WORDS[word] ?? word)
    .join(' ');
}

/** "Apt 12C", "#12c", "Unit 12-C" → "12c"; "" when there is no unit. */
export function normalizeUnit(line: string): string {
  return normalizeStreet(line)
    .split(' ')
    .filter((word) => !UNIT_WORDS.has(word))
    .join('');
}

/** US ZIP+4 → its five digits; other postcodes folded without spaces. */
export function normalizePostalCode(code: string): string {
  const folded = foldText(code).replace(/\s/g, '');
  return /^\d{5}\d{4}$/.test(folded) || /^\d{5}$/.test(folded) ? folded.slice(0, 5) : folded;
}

/** Digits only; a leading US/Canada country code 1 on an 11-digit number is dropped. */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
