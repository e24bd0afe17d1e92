import { decimalToMinorUnits } from '@/lib/money';
import { isoDayFromParts } from '@/lib/dates';
import type { TextEncodingName } from '../types';

// OFX's own value formats: amounts, dates, and the header's declared character set.

/** TRNAMT "-1234.56" (or "-1234,56", which some European banks write) → minor units; null if not a number. */
export function parseOfxAmount(text: string, exponent: number): bigint | null {
  const normalised = /^[+-]?\d*,\d+$/.test(text) ? text.replace(',', '.') : text;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(normalised)) return null;
  try {
    return decimalToMinorUnits(normalised, exponent);
  } catch {
    return null;
  }
}

// YYYYMMDD, then optionally HHMMSS, .XXX and a zone like [-5:EST] or [+5.30:IST].
const ofxDatePattern = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(?:(\d{2})(?:\.\d{1,6})?)?)?\s*(?:\[\s*[+-]?\d{1,2}(?:\.\d{1,2})?(?::[A-Za-z]{1,8})?\s*\])?$/;

/**
 * The calendar date of an OFX date-time, as the bank wrote it. The zone is checked but not applied:
 * the bank writes its own local day, and shifting 20261130 00:00 [-5:EST] to UTC would move it to
 * the previous day.
 */
export function parseOfxDate(text: string): string | null {
  const match = ofxDatePattern.exec(text.trim());
  if (!match) return null;
  const [, year, month, day, hour = '00', minute = '00', second = '00'] = match;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 60) return null;
  return isoDayFromParts(Number(year), Number(month), Number(day));
}

/** What an OFX file says its encoding is: the 1.x header's CHARSET/ENCODING, or the XML declaration. */
export function declaredOfxEncoding(head: Uint8Array): TextEncodingName | undefined {
  const text = new TextDecoder('latin1').decode(head.subarray(0, 2048));
  const xml = /<\?xml[^>]*encoding\s*=\s*["']([\w-]+)["']/i.exec(text)?.[1]?.toLowerCase();
  if (xml === 'utf-8') return 'utf-8';
  if (xml && ['windows-1252', 'iso-8859-1', 'latin1', 'cp1252'].includes(xml)) return 'windows-1252';
  if (/^\s*ENCODING\s*:\s*UTF-?8\s*$/im.test(text)) return 'utf-8';
  if (/^\s*CHARSET\s*:\s*(1252|8859-1|ISO-8859-1|WINDOWS-1252)\s*$/im.test(text)) return 'windows-1252';
  return undefined;
}
