import {
  acronyms, ambiguousStates, channelPrefixes, cities, countries, emptyMerchantNames, knownFirstWords, knownNames, processorPrefixes, smallWords, trailingNoise, usStates,
} from './descriptor-words';

// Bank descriptor → the name a person would say ("WHOLEFDS LPK 10234 CHICAGO IL" → "Whole Foods
// Market"). Pure and deterministic: the same text always gives the same payee, so the name can be
// stored with each row and recomputed (backfill) without surprises.

const stop = '\u00a7'; // marks where a number, phone, date or reference was: the name ends before it

const phone = /\(?\b\d{3}\)?[-. ]\d{3}-?\d{4}\b|\b1-?800-?\d{3}-?\d{4}\b/g;
const date = /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/g;
const hashNumber = /#\s*\d+/g;
const maskedReference = /(?:\.{2,}|\bX{2,})\s*\d+/g;
const domain = /^(?:WWW\.)?([A-Z0-9-]+)\.(?:COM|NET|ORG|IO|CO|US|APP)(?:\/\S*)?$/;

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function stripPrefixes(text: string): { rest: string; viaProcessor: boolean } {
  let rest = text;
  let viaProcessor = false;
  for (let changed = true; changed; ) {
    changed = false;
    for (const pattern of [...channelPrefixes, ...processorPrefixes]) {
      const next = rest.replace(pattern, '');
      if (next !== rest && next.trim() !== '') {
        viaProcessor ||= processorPrefixes.includes(pattern);
        rest = next.trim();
        changed = true;
      }
    }
  }
  return { rest, viaProcessor };
}

// A store, terminal or reference number: digits-only, or a code with three or more digits.
function isNumberLike(token: string): boolean {
  const digits = token.replace(/\D/g, '').length;
  return token === stop || (digits > 0 && /^[\d-]+$/.test(token)) || digits >= 3;
}

// Tokens up to the first number, support URL or e-mail; a domain as the first token is the name.
function nameTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const token of text.split(' ')) {
    if (token === '') continue;
    const site = domain.exec(token);
    if (site) {
      if (tokens.length === 0) tokens.push(site[1]!);
      break;
    }
    if (token.includes('@')) break;
    if (isNumberLike(token)) {
      if (tokens.length > 0) break;
      continue;
    }
    tokens.push(token);
  }
  return tokens;
}

function isTrailingState(kept: string[]): boolean {
  const last = kept[kept.length - 1]!;
  const before = kept[kept.length - 2]!;
  if (!usStates.has(last) || smallWords.has(before.toLowerCase())) return false;
  return !ambiguousStates.has(last) || endsWithCity(kept.slice(0, -1)) > 0;
}

function endsWithCity(tokens: string[]): number {
  const tail = ` ${tokens.join(' ')}`;
  for (const city of cities) if (tail.endsWith(` ${city}`)) return city.split(' ').length;
  return 0;
}

// Places, ACH entry classes and filler words at the end; never strips the name away entirely.
function dropTrailing(tokens: string[]): string[] {
  const kept = [...tokens];
  for (let changed = true; changed && kept.length > 1; ) {
    changed = false;
    const last = kept[kept.length - 1]!;
    const cityLength = endsWithCity(kept);
    if (isTrailingState(kept) || countries.has(last) || trailingNoise.has(last) || last === '-') {
      kept.pop();
      changed = true;
    } else if (cityLength > 0 && cityLength < kept.length) {
      kept.splice(kept.length - cityLength);
      changed = true;
    }
  }
  return kept;
}

function titleWord(word: string, first: boolean): string {
  if (acronyms.has(word)) return word;
  const lower = word.toLowerCase();
  if (!first && smallWords.has(lower)) return lower;
  if (/^[B-DF-HJ-NP-TV-XZ]{2,4}$/.test(word) && !['MR', 'DR', 'ST', 'JR', 'SR', 'MRS', 'MS'].includes(word)) return word;
  if (/^MC[A-Z]{3,}/.test(word)) return `Mc${word[2]}${lower.slice(3)}`;
  return lower
    .split(/([-/.&])/)
    .map((part) => part.replace(/[a-z]/, (letter) => letter.toUpperCase()))
    .join('');
}

export function titleCase(text: string): string {
  return collapse(text)
    .split(' ')
    .map((word, index) => titleWord(word.toUpperCase(), index === 0))
    .join(' ');
}

function nameFor(upper: string): string {
  return knownNames[upper] ?? knownNames[upper.replace(/'/g, '')] ?? knownFirstWords[upper.split(' ')[0]!] ?? titleCase(upper);
}

/** The descriptor alone, cleaned (exported for the table test's readability). */
export function cleanDescriptor(descriptor: string): string {
  const upper = collapse(descriptor.toUpperCase());
  if (upper === '') return '';
  const { rest, viaProcessor } = stripPrefixes(upper);
  let text = rest.replace(phone, ` ${stop} `).replace(date, ` ${stop} `).replace(hashNumber, ` ${stop} `).replace(maskedReference, ` ${stop} `);
  // "UBER *TRIP", "AMAZON.COM*RT5TQ02B1": the brand is before the star. After a processor prefix
  // the star has been consumed, and what follows it is the merchant.
  const star = text.indexOf('*');
  if (star > 0 && !viaProcessor) text = text.slice(0, star);
  else if (star >= 0) text = text.replace(/\*/g, ' ');
  const tokens = dropTrailing(nameTokens(collapse(text)));
  if (tokens.length > 0) return nameFor(tokens.join(' '));
  // Only numbers and places: keep the words the bank gave rather than an empty name.
  return titleCase(upper.replace(/[\d#*]+/g, ' '));
}

/**
 * The display name for a transaction: the bank's own merchant name when it gives one (cleaned the
 * same way when it is a shouted descriptor), else the descriptor cleaned.
 */
export function cleanPayee(descriptor: string, bankMerchantName?: string | null): string {
  const merchant = collapse(bankMerchantName ?? '');
  if (!emptyMerchantNames.has(merchant.toLowerCase())) {
    return /[a-z]/.test(merchant) ? merchant : cleanDescriptor(merchant) || merchant;
  }
  return cleanDescriptor(descriptor) || collapse(descriptor) || 'Unknown payee';
}

/** Groups one merchant's rows: "Trader Joe's", "TRADER JOES" and "Trader  Joe’s" share a key. */
export function payeeKey(name: string): string {
  return collapse(
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['\u2019`]/g, '')
      .replace(/&/g, ' and ')
      .replace(/[^a-z0-9]+/g, ' '),
  );
}

export type Payee = { payee: string; payeeKey: string };

/** Both columns for a row, before any rename the user made. */
export function payeeOf(descriptor: string, bankMerchantName?: string | null): Payee {
  const payee = cleanPayee(descriptor, bankMerchantName);
  return { payee, payeeKey: payeeKey(payee) };
}
