// Money is integer minor units (cents) held as bigint, from the bank's JSON to the database.
// Decimal text is parsed digit by digit: no float arithmetic ever touches an amount.

// ISO 4217 exponents that differ from 2; everything else has cents.
const exponents: Record<string, number> = { JPY: 0, KRW: 0, VND: 0, CLP: 0, ISK: 0, BHD: 3, KWD: 3, OMR: 3, JOD: 3, TND: 3 };

export function currencyExponent(currency: string): number {
  return exponents[currency.toUpperCase()] ?? 2;
}

const decimalPattern = /^([+-])?(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$|^([+-])?\.(\d+)(?:[eE]([+-]?\d+))?$/;

/**
 * "12.34" (or the JSON number 12.34) → 1234n for an exponent of 2. A JSON number is read through
 * its shortest round-trip text, which is exactly the decimal the bank wrote. Throws RangeError for
 * anything that is not a finite decimal or that has more fractional digits than the currency has.
 */
export function decimalToMinorUnits(value: string | number, exponent = 2): bigint {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`not a finite amount: ${value}`);
  const text = String(value).trim();
  const match = decimalPattern.exec(text);
  if (!match) throw new RangeError(`not a decimal amount: "${text}"`);
  const sign = match[1] ?? match[5];
  const whole = match[2] ?? '0';
  const fraction = match[3] ?? match[6] ?? '';
  const power = Number(match[4] ?? match[7] ?? 0);
  // Shift the decimal point by the exponent in the digit string itself.
  let digits = whole + fraction;
  let pointAt = whole.length + power + exponent;
  if (pointAt < 0) {
    digits = '0'.repeat(-pointAt) + digits;
    pointAt = 0;
  }
  if (pointAt > digits.length) digits = digits + '0'.repeat(pointAt - digits.length);
  const integerPart = digits.slice(0, pointAt) || '0';
  const rest = digits.slice(pointAt);
  if (/[1-9]/.test(rest)) throw new RangeError(`"${text}" has more than ${exponent} decimal places`);
  const minor = BigInt(integerPart);
  return sign === '-' ? -minor : minor;
}

/** 1234n → "12.34"; -5n → "-0.05". The exact decimal text of an amount, for Intl or for people. */
export function minorUnitsToDecimal(minor: bigint, exponent = 2): string {
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(exponent + 1, '0');
  const text = exponent === 0 ? digits : `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
  return negative ? `-${text}` : text;
}

/** What a person typed ("$1,234.50", "-12", "(3.10)") → minor units; null when it is not an amount. */
export function parseMoney(input: string, currency = 'USD'): bigint | null {
  return parseAmountText(input, { decimalSeparator: '.', currency });
}

export type DecimalSeparator = '.' | ',';

// Per decimal separator: the grouping character and a whole grouped number ("1,234,567.89").
const groupings = {
  '.': { group: ',', pattern: /^\d{1,3}(,\d{3})+(\.\d*)?$/ },
  ',': { group: '.', pattern: /^\d{1,3}(\.\d{3})+(,\d*)?$/ },
} as const;

/**
 * Amount text as banks export it → minor units; null when it is not an amount in that format.
 * "1,234.56" (decimal point) or "1.234,56" (decimal comma); "(12.00)", "-12.00" and "12.00-" are
 * negative; currency symbols, ISO codes and spaces are ignored. The grouping character must group
 * thousands, so "1.234,56" read with a decimal point is refused rather than read as 1.23456.
 */
export function parseAmountText(
  input: string,
  { decimalSeparator, currency = 'USD' }: { decimalSeparator: DecimalSeparator; currency?: string },
): bigint | null {
  let text = input
    .trim()
    .replace(/^[A-Z]{3}(?=[\s\d(+.,-])|(?<=[\d)\s])[A-Z]{3}$/, '')
    .replace(/[\s$€£¥]/g, '');
  let negative = false;
  const parenthesised = /^\((.*)\)$/.exec(text);
  if (parenthesised) {
    negative = true;
    text = parenthesised[1] ?? '';
  }
  const leading = /^[+-]/.test(text) ? text[0] : undefined;
  const trailing = /[+-]$/.test(text) ? text.at(-1) : undefined;
  if (leading && trailing) return null;
  const sign = leading ?? trailing;
  if (sign) {
    if (negative) return null; // "(-12.00)" says negative twice: refuse rather than guess
    negative = sign === '-';
    text = leading ? text.slice(1) : text.slice(0, -1);
  }
  const { group, pattern } = groupings[decimalSeparator];
  // The grouping character only groups thousands: "1,23" with a decimal point is refused, not read as 123.
  if (text.includes(group)) {
    if (!pattern.test(text)) return null;
    text = text.split(group).join('');
  }
  if (decimalSeparator === ',') text = text.replace(',', '.');
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(text)) return null;
  try {
    const minor = decimalToMinorUnits(text, currencyExponent(currency));
    return negative ? -minor : minor;
  } catch {
    return null;
  }
}

/** Sum of amounts in one currency. */
export function addMoney(...amounts: bigint[]): bigint {
  let total = 0n;
  for (const amount of amounts) total += amount;
  return total;
}

// Building an Intl.NumberFormat costs far more than using one: one per locale and currency, kept.
const formatters = new Map<string, Intl.NumberFormat>();

function moneyFormatter(locale: string, currency: string, exponent: number): Intl.NumberFormat {
  const key = `${locale}\u0000${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: exponent, maximumFractionDigits: exponent });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** 123456n, "USD" → "$1,234.56", with the locale's grouping; exact for any size (Intl takes the decimal string). */
export function formatMoney(minor: bigint, currency = 'USD', locale = 'en-US'): string {
  const exponent = currencyExponent(currency);
  const formatter = moneyFormatter(locale, currency, exponent);
  // format() accepts an exact decimal string (Intl.NumberFormat v3); the cast covers older lib typings.
  return formatter.format(minorUnitsToDecimal(minor, exponent) as unknown as number);
}
