import { describe, expect, it } from 'vitest';
import { normalizePhone, normalizeStreet, normalizeUnit, splitName } from './normalize';
import { bankContactSchema, bankCustomerSchema, parseJsonWith } from './types';
import { verifyOwnership } from './verify-ownership';

// Shapes as the sandbox bank's /accounts/{id}/contact and /customers/current send them.
const riveraJoint = bankContactSchema.parse({
  holders: [
    { name: { first: 'Alex', middle: 'Jordan', last: 'Rivera' }, relationship: 'PRIMARY_JOINT' },
    { name: { first: 'Morgan', middle: 'Elise', last: 'Rivera' }, relationship: 'SECONDARY_JOINT' },
  ],
  emails: ['alex.rivera@example.com', 'morgan.rivera@example.com'],
  addresses: [{ line1: '2147 W Belden Ave', city: 'Chicago', state: 'IL', postalCode: '60647', country: 'US' }],
  telephones: [{ type: 'CELL', country: '1', number: '3125550147' }, { type: 'CELL', country: '1', number: '3125550186' }],
});
const takenOver = bankContactSchema.parse({
  holders: [{ name: { first: 'Jordan', middle: 'Paul', last: 'Whitfield' }, relationship: 'PRIMARY' }],
  emails: ['jp.whitfield.secure@example.biz'],
  addresses: [{ line1: '4410 Commerce Pkwy', line2: 'Ste 300 PMB 118', city: 'Miramar', postalCode: '33025' }],
  telephones: [{ number: '9545550117' }],
});
const morgan = { legalName: 'MORGAN E. RIVERA', addressLine1: '2147 West Belden Avenue', city: 'Chicago', region: 'IL', postalCode: '60647-1234', email: 'Morgan.Rivera@example.com', phone: '+1 (312) 555-0186' };
const taylor = { legalName: 'Taylor Adaeze Okafor', addressLine1: '5530 S Shore Dr', addressLine2: 'Unit 7B', city: 'Chicago', postalCode: '60637', email: 'taylor.okafor@example.org', phone: '773-555-0162' };

describe('verifyOwnership', () => {
  it('verifies the second holder of a joint account after normalising case, middle initial and abbreviations, listing every holder', () => {
    const result = verifyOwnership(morgan, riveraJoint, null);
    expect(result.status).toBe('verified');
    expect(result.holders).toEqual([
      { name: 'Alex Jordan Rivera', relationship: 'PRIMARY_JOINT' },
      { name: 'Morgan Elise Rivera', relationship: 'SECONDARY_JOINT' },
    ]);
    const byField = Object.fromEntries(result.fields.map((field) => [field.field, field]));
    expect(byField.name).toMatchObject({ result: 'match', reason: 'Name matches Morgan Elise Rivera after normalising case and middle initial.' });
    expect(byField.address?.result).toBe('match');
    expect(byField.email?.result).toBe('match');
    expect(byField.phone?.result).toBe('match');
  });

  it('does not verify an account whose holder changed to someone else, and says which fields differ', () => {
    const result = verifyOwnership(taylor, takenOver, null);
    expect(result.status).toBe('not_verified');
    const byField = Object.fromEntries(result.fields.map((field) => [field.field, field]));
    expect(byField.name).toMatchObject({ result: 'mismatch', reason: 'Name differs: your profile says Taylor Adaeze Okafor; the bank lists Jordan Paul Whitfield.' });
    expect(byField.address?.result).toBe('mismatch');
    expect(byField.address?.reason).toMatch(/^Address differs: your profile has 5530 S Shore Dr, Unit 7B, Chicago, 60637; the bank has 4410 Commerce Pkwy/);
    expect(byField.email?.result).toBe('mismatch');
    expect(byField.phone).toMatchObject({ result: 'mismatch', reason: 'Phone differs: the bank has a number ending …0117.' });
  });

  it('is partial when the name matches but nothing else confirms it', () => {
    const result = verifyOwnership({ legalName: 'Alex Rivera', addressLine1: '1 Other St', postalCode: '10001' }, riveraJoint, null);
    expect(result.status).toBe('partial');
    expect(result.fields[0]).toMatchObject({ result: 'match', reason: 'Name matches Alex Jordan Rivera after normalising case; one side has no middle name.' });
  });

  it('is partial on a first-name mismatch with the same last name, and not verified without a profile name', () => {
    expect(verifyOwnership({ ...morgan, legalName: 'Jamie Rivera' }, riveraJoint, null).status).toBe('partial');
    const empty = verifyOwnership({}, riveraJoint, null);
    expect(empty.status).toBe('not_verified');
    expect(empty.summary).toMatch(/Add your legal name/);
  });

  it('falls back to the customer record when the account shares no holders', () => {
    const customer = bankCustomerSchema.parse({ customerId: 'c', name: { first: 'Taylor', middle: 'Adaeze', last: 'Okafor' }, email: ['taylor.okafor@example.org'], addresses: [{ line1: '5530 South Shore Drive', line2: '#7b', postalCode: '60637' }] });
    const result = verifyOwnership(taylor, null, customer);
    expect(result.status).toBe('verified');
    expect(result.holders).toEqual([{ name: 'Taylor Adaeze Okafor', relationship: null }]);
  });

  it('reads stored JSON leniently: bad JSON or odd shapes give nothing rather than throwing', () => {
    expect(parseJsonWith(bankContactSchema, '{not json')).toBeNull();
    expect(parseJsonWith(bankContactSchema, JSON.stringify({ holders: [{ name: 5 }], emails: 'x' }))).toEqual({ holders: [{ name: {}, relationship: undefined }], emails: [], addresses: [], telephones: [] });
  });
});

describe('normalisers', () => {
  it('fold names, streets, units and phones', () => {
    expect(splitName('Dr. José-Luis  de la Cruz Jr.')).toEqual({ first: 'jose', middle: ['luis', 'de', 'la'], last: 'cruz' });
    expect(normalizeStreet('2147 West Belden Avenue')).toBe('2147 w belden ave');
    expect(normalizeUnit('Apt. #12-C')).toBe('12c');
    expect(normalizePhone('+1 (312) 555-0147')).toBe('3125550147');
  });
});
