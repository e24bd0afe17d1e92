import { checkAddress, checkEmail, checkName, checkPhone, displayBankName } from './match-fields';
import type { BankContact, BankCustomer, FieldCheck, OwnerProfile, OwnershipResult } from './types';

// Is the signed-in person an owner of this account? The account's own holders (the bank's
// /contact) come first; the login's customer record fills in what the account does not list.
//
// verified      the name matches a holder and so does the address (or two other contact fields);
// partial       the name matches or partly matches, but the contact details do not confirm it;
// not verified  the name differs or cannot be compared.

export function verifyOwnership(profile: OwnerProfile, contact: BankContact | null, customer: BankCustomer | null): OwnershipResult {
  const holderNames = contact?.holders.map((holder) => holder.name) ?? [];
  const names = holderNames.length > 0 ? holderNames : customer?.name ? [customer.name] : [];
  const fields: FieldCheck[] = [
    checkName(profile, names),
    checkAddress(profile, [...(contact?.addresses ?? []), ...(customer?.addresses ?? [])]),
    checkEmail(profile, [...(contact?.emails ?? []), ...(customer?.email ?? [])]),
    checkPhone(profile, [...(contact?.telephones ?? []), ...(customer?.telephones ?? [])]),
  ];
  const holders = contact?.holders.length
    ? contact.holders.map((holder) => ({ name: displayBankName(holder.name), relationship: holder.relationship ?? null }))
    : names.map((name) => ({ name: displayBankName(name), relationship: null }));
  return { ...judge(fields), holders, fields };
}

function judge(fields: FieldCheck[]): Pick<OwnershipResult, 'status' | 'summary'> {
  const [name, address, ...others] = fields as [FieldCheck, FieldCheck, FieldCheck, FieldCheck];
  if (name.result === 'missing') return { status: 'not_verified', summary: name.reason };
  if (name.result === 'mismatch') return { status: 'not_verified', summary: 'The account holder’s name does not match your legal name.' };
  const contactMatches = others.filter((field) => field.result === 'match').length;
  const confirmed = address.result === 'match' || contactMatches === 2;
  if (name.result === 'match' && confirmed) return { status: 'verified', summary: 'Your name and contact details match the bank’s records.' };
  if (name.result === 'match') return { status: 'partial', summary: 'Your name matches, but the bank’s contact details do not confirm it.' };
  return { status: 'partial', summary: 'Your name only partly matches the account holder.' };
}
