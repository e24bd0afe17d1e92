import { parseIsoDay } from './calendar.js';

// Holder and contact data. The fraud customer's account changes hands on a
// known date so ownership checks can notice it.

export type PersonName = { first: string; middle?: string; last: string; suffix?: string; prefix?: string };
export type PostalAddress = { line1: string; line2?: string; city: string; state: string; postalCode: string; country: 'US' };
export type Telephone = { type: 'HOME' | 'BUSINESS' | 'CELL' | 'FAX'; country: string; number: string };
export type AccountHolder = { name: PersonName; relationship: 'PRIMARY' | 'PRIMARY_JOINT' | 'SECONDARY_JOINT' | 'BUSINESS' | 'SOLE_OWNER' | 'PRIMARY_BORROWER' | 'SECONDARY_BORROWER' };
export type ContactCard = { holders: AccountHolder[]; emails: string[]; addresses: PostalAddress[]; telephones: Telephone[] };
export type CustomerProfile = { customerId: string; type: 'INDIVIDUAL' | 'BUSINESS'; name: PersonName; businessName?: string; email: string[]; addresses: PostalAddress[]; telephones: Telephone[] };

export const HOLDER_CHANGE_DAY = parseIsoDay('2026-09-14');

const alex: PersonName = { first: 'Alex', middle: 'Jordan', last: 'Rivera' };
const morgan: PersonName = { first: 'Morgan', middle: 'Elise', last: 'Rivera' };
const riveraHome: PostalAddress = { line1: '2147 W Belden Ave', city: 'Chicago', state: 'IL', postalCode: '60647', country: 'US' };
const riveraPhones: Telephone[] = [
  { type: 'CELL', country: '1', number: '3125550147' },
  { type: 'CELL', country: '1', number: '3125550186' },
];
const jamie: PersonName = { first: 'Jamie', middle: 'Lin', last: 'Chen' };
const chenHome: PostalAddress = { line1: '88 Leonard St', line2: 'Apt 12C', city: 'New York', state: 'NY', postalCode: '10013', country: 'US' };
const dana: PersonName = { first: 'Dana', middle: 'Marie', last: 'Kowalski' };
const harborShop: PostalAddress = { line1: '1420 N Clybourn Ave', city: 'Chicago', state: 'IL', postalCode: '60610', country: 'US' };
const taylor: PersonName = { first: 'Taylor', middle: 'Adaeze', last: 'Okafor' };
const taylorHome: PostalAddress = { line1: '5530 S Shore Dr', line2: 'Unit 7B', city: 'Chicago', state: 'IL', postalCode: '60637', country: 'US' };
// After the takeover: a different person, mail redirected to a drop address.
const takeover: PersonName = { first: 'Jordan', middle: 'Paul', last: 'Whitfield' };
const takeoverAddress: PostalAddress = { line1: '4410 Commerce Pkwy', line2: 'Ste 300 PMB 118', city: 'Miramar', state: 'FL', postalCode: '33025', country: 'US' };

function contactForCustomer(customerId: string, accountId: string, day: number): ContactCard | undefined {
  switch (customerId) {
    case 'cust-consumer-rivera': {
      const joint = accountId === 'acc-rivera-checking' || accountId === 'acc-rivera-mortgage';
      const holders: AccountHolder[] = joint
        ? [
            { name: alex, relationship: accountId === 'acc-rivera-mortgage' ? 'PRIMARY_BORROWER' : 'PRIMARY_JOINT' },
            { name: morgan, relationship: accountId === 'acc-rivera-mortgage' ? 'SECONDARY_BORROWER' : 'SECONDARY_JOINT' },
          ]
        : [{ name: alex, relationship: 'PRIMARY' }];
      return { holders, emails: joint ? ['alex.rivera@example.com', 'morgan.rivera@example.com'] : ['alex.rivera@example.com'], addresses: [riveraHome], telephones: joint ? riveraPhones : riveraPhones.slice(0, 1) };
    }
    case 'cust-cu-rivera':
      return { holders: [{ name: alex, relationship: 'PRIMARY' }], emails: ['alex.rivera@example.com'], addresses: [riveraHome], telephones: riveraPhones.slice(0, 1) };
    case 'cust-consumer-chen':
      return { holders: [{ name: jamie, relationship: 'PRIMARY' }], emails: ['jamie.chen@example.net'], addresses: [chenHome], telephones: [{ type: 'CELL', country: '1', number: '6465550133' }] };
    case 'cust-business-harbor':
    case 'cust-cu-harbor':
      return {
        holders: [{ name: { first: 'Harbor Lane Bakery LLC', last: '' }, relationship: 'BUSINESS' }, { name: dana, relationship: 'SOLE_OWNER' }],
        emails: ['accounts@harborlanebakery.example'],
        addresses: [harborShop],
        telephones: [{ type: 'BUSINESS', country: '1', number: '3125550990' }],
      };
    case 'cust-fraud-okafor':
      if (day < HOLDER_CHANGE_DAY) {
        return { holders: [{ name: taylor, relationship: 'PRIMARY' }], emails: ['taylor.okafor@example.org'], addresses: [taylorHome], telephones: [{ type: 'CELL', country: '1', number: '7735550162' }] };
      }
      return { holders: [{ name: takeover, relationship: 'PRIMARY' }], emails: ['jp.whitfield.secure@example.biz'], addresses: [takeoverAddress], telephones: [{ type: 'CELL', country: '1', number: '9545550117' }] };
    default:
      return undefined;
  }
}

export function findAccountContact(customerId: string, accountId: string, day: number): ContactCard | undefined {
  return contactForCustomer(customerId, accountId, day);
}

export function findCustomerProfile(customerId: string, day: number): CustomerProfile | undefined {
  const card = contactForCustomer(customerId, customerAnchorAccount(customerId), day);
  if (!card) return undefined;
  if (customerId === 'cust-business-harbor' || customerId === 'cust-cu-harbor') {
    return { customerId, type: 'BUSINESS', name: dana, businessName: 'Harbor Lane Bakery LLC', email: card.emails, addresses: card.addresses, telephones: card.telephones };
  }
  const first = card.holders[0];
  if (!first) return undefined;
  return { customerId, type: 'INDIVIDUAL', name: first.name, email: card.emails.slice(0, 1), addresses: card.addresses, telephones: card.telephones.slice(0, 1) };
}

function customerAnchorAccount(customerId: string): string {
  return { 'cust-consumer-rivera': 'acc-rivera-savings', 'cust-consumer-chen': 'acc-chen-checking', 'cust-business-harbor': 'acc-harbor-checking', 'cust-fraud-okafor': 'acc-okafor-checking', 'cust-cu-rivera': 'acc-cu-rivera-card', 'cust-cu-harbor': 'acc-cu-harbor-checking' }[customerId] ?? '';
}
