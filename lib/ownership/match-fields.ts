import { normalizeEmail, normalizePhone, normalizePostalCode, normalizeStreet, normalizeUnit, partsOfBankName, splitName, type NameParts } from './normalize';
import type { BankAddress, BankName, FieldCheck, OwnerProfile } from './types';

// One comparison per field. Each returns a plain-words reason a person can act on.

export function displayBankName(name: BankName): string {
  return [name.first, name.middle, name.last].filter(Boolean).join(' ') || name.company || 'an unnamed holder';
}

function middlesAgree(a: string[], b: string[]): 'same' | 'initial' | 'absent' | 'differ' {
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 'same' : 'absent';
  if (a.join(' ') === b.join(' ')) return 'same';
  const initials = (parts: string[]) => parts.map((part) => part[0]).join('');
  return initials(a) === initials(b) ? 'initial' : 'differ';
}

function compareName(profile: NameParts, bank: NameParts): { result: 'match' | 'partial' | 'mismatch'; detail: string } {
  if (profile.first !== bank.first || profile.last !== bank.last) {
    if (profile.last && profile.last === bank.last) return { result: 'partial', detail: 'the last name matches but the first name differs' };
    return { result: 'mismatch', detail: 'different name' };
  }
  switch (middlesAgree(profile.middle, bank.middle)) {
    case 'same':
      return { result: 'match', detail: 'after normalising case and punctuation' };
    case 'initial':
      return { result: 'match', detail: 'after normalising case and middle initial' };
    case 'absent':
      return { result: 'match', detail: 'after normalising case; one side has no middle name' };
    default:
      return { result: 'partial', detail: 'first and last names match but the middle name differs' };
  }
}

export function checkName(profile: OwnerProfile, holders: BankName[]): FieldCheck {
  const mine = profile.legalName ? splitName(profile.legalName) : null;
  if (!mine) return { field: 'name', result: 'missing', reason: 'Add your legal name to your profile to compare it with the account holders.' };
  if (holders.length === 0) return { field: 'name', result: 'missing', reason: 'The bank did not share the account holders.' };
  const rank = { match: 0, partial: 1, mismatch: 2 } as const;
  let best: { result: 'match' | 'partial' | 'mismatch'; detail: string; holder: BankName } | null = null;
  for (const holder of holders) {
    const parts = partsOfBankName(holder);
    if (!parts) continue;
    const compared = compareName(mine, parts);
    if (!best || rank[compared.result] < rank[best.result]) best = { ...compared, holder };
  }
  const listed = holders.map(displayBankName).join(', ');
  if (!best || best.result === 'mismatch') return { field: 'name', result: 'mismatch', reason: `Name differs: your profile says ${profile.legalName}; the bank lists ${listed}.` };
  const who = displayBankName(best.holder);
  if (best.result === 'partial') return { field: 'name', result: 'partial', reason: `Name partly matches ${who}: ${best.detail}.` };
  return { field: 'name', result: 'match', reason: `Name matches ${who} ${best.detail}.` };
}

function displayAddress(address: BankAddress): string {
  return [address.line1, address.line2, address.city, address.region ?? address.state, address.postalCode].filter(Boolean).join(', ');
}

export function checkAddress(profile: OwnerProfile, addresses: BankAddress[]): FieldCheck {
  if (!profile.addressLine1 || !profile.postalCode) return { field: 'address', result: 'missing', reason: 'Add your street address and postal code to your profile to compare them.' };
  if (addresses.length === 0) return { field: 'address', result: 'missing', reason: 'The bank did not share an address.' };
  const street = normalizeStreet(profile.addressLine1);
  const unit = normalizeUnit(profile.addressLine2 ?? '');
  const postal = normalizePostalCode(profile.postalCode);
  const mine = [profile.addressLine1, profile.addressLine2, profile.city, profile.region, profile.postalCode].filter(Boolean).join(', ');
  let partial: BankAddress | null = null;
  for (const address of addresses) {
    const sameStreet = normalizeStreet(address.line1 ?? '') === street;
    const samePostal = normalizePostalCode(address.postalCode ?? '') === postal;
    const sameUnit = normalizeUnit(address.line2 ?? '') === unit;
    if (sameStreet && samePostal && sameUnit) return { field: 'address', result: 'match', reason: `Address matches ${displayAddress(address)} after normalising abbreviations.` };
    if ((sameStreet && samePostal) || (sameStreet && sameUnit)) partial ??= address;
  }
  if (partial) return { field: 'address', result: 'partial', reason: `Address partly matches: the street matches ${displayAddress(partial)} but the unit or postal code differs.` };
  return { field: 'address', result: 'mismatch', reason: `Address differs: your profile has ${mine}; the bank has ${addresses.map(displayAddress).join('; ')}.` };
}

export function checkEmail(profile: OwnerProfile, emails: string[]): FieldCheck {
  if (!profile.email) return { field: 'email', result: 'missing', reason: 'Add an email address to your profile to compare it.' };
  if (emails.length === 0) return { field: 'email', result: 'missing', reason: 'The bank did not share an email address.' };
  const mine = normalizeEmail(profile.email);
  if (emails.some((email) => normalizeEmail(email) === mine)) return { field: 'email', result: 'match', reason: `Email ${mine} is on the account.` };
  return { field: 'email', result: 'mismatch', reason: `Email differs: the bank has ${emails.join(', ')}.` };
}

export function checkPhone(profile: OwnerProfile, phones: { number?: string }[]): FieldCheck {
  const mine = profile.phone ? normalizePhone(profile.phone) : '';
  if (!mine) return { field: 'phone', result: 'missing', reason: 'Add a phone number to your profile to compare it.' };
  const theirs = phones.map((phone) => normalizePhone(phone.number ?? '')).filter(Boolean);
  if (theirs.length === 0) return { field: 'phone', result: 'missing', reason: 'The bank did not share a phone number.' };
  if (theirs.includes(mine)) return { field: 'phone', result: 'match', reason: 'Phone number matches after removing spaces, dashes and the country code.' };
  const masked = theirs.map((digits) => `…${digits.slice(-4)}`).join(', ');
  return { field: 'phone', result: 'mismatch', reason: `Phone differs: the bank has a number ending ${masked}.` };
}
