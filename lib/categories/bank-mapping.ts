// A first category for a transaction from what the bank sent: the FDX category (an MCC for card
// merchants, a plain label such as "Payroll" otherwise), the FDX transaction type, and the
// merchant. Returns a default category key, or null when nothing is telling. Pure; the caller
// only uses it for rows nobody (user or rule) has categorised yet.

export type BankSignals = {
  amountMinor: bigint;
  bankCategory: string | null;
  bankTransactionType: string | null;
  merchant: string | null;
  accountType: string;
};

const labelKeys: Record<string, string | ((s: BankSignals) => string)> = {
  payroll: (s) => (s.amountMinor > 0n ? 'income.salary' : 'business_costs.payroll'),
  'payroll taxes': 'business_costs.payroll_tax',
  mortgage: 'housing.mortgage',
  escrow: 'housing.mortgage',
  rent: (s) => (s.merchant && /propert|realty|llc|inc/i.test(s.merchant) ? 'business_costs.rent' : 'housing.mortgage'),
  'credit card payment': 'transfers.card_payment',
  payment: 'transfers.card_payment',
  transfer: (s) => (s.amountMinor < 0n ? 'cash.people' : 'income.other'),
  loan: 'income.other',
  'loan payment': 'financial.loan_payment',
  investments: 'financial.investments',
  childcare: 'family.childcare',
  utilities: (s) => (s.merchant && /xfinity|comcast|verizon|at&t|t-mobile|internet|wireless/i.test(s.merchant) ? 'utilities.internet' : 'utilities.energy'),
  'home services': 'housing.home',
  cash: 'cash.atm',
  fees: 'fees.bank',
  interest: (s) => (s.amountMinor > 0n ? 'income.interest' : s.accountType === 'MORTGAGE' ? 'housing.mortgage' : 'fees.interest'),
  sales: 'business.sales',
  wholesale: 'business.sales',
  catering: 'business.sales',
  supplies: 'business_costs.vendors',
  taxes: 'business_costs.taxes',
  'owner draw': 'business_costs.owner_draw',
};

// Merchant category codes (ISO 18245) by range, the way card networks group them.
const mccRanges: [number, number, string][] = [
  [3000, 3299, 'travel.air'],
  [3351, 3500, 'travel.car_rental'],
  [3501, 3999, 'travel.lodging'],
  [4111, 4131, 'transport.rides'],
  [4511, 4511, 'travel.air'],
  [4812, 4816, 'utilities.internet'],
  [4899, 4899, 'entertainment.subscriptions'],
  [4900, 4900, 'utilities.energy'],
  [5200, 5261, 'housing.home'],
  [5300, 5399, 'shopping.general'],
  [5411, 5411, 'food.groceries'],
  [5412, 5499, 'food.groceries'],
  [5511, 5599, 'transport.car'],
  [5541, 5542, 'transport.fuel'],
  [5600, 5699, 'shopping.general'],
  [5732, 5734, 'business_costs.software'],
  [5811, 5813, 'food.dining'],
  [5814, 5814, 'food.coffee'],
  [5815, 5818, 'entertainment.subscriptions'],
  [5912, 5912, 'health.pharmacy'],
  [5942, 5942, 'shopping.online'],
  [5960, 5969, 'entertainment.subscriptions'],
  [5994, 5994, 'entertainment.subscriptions'],
  [5900, 5999, 'shopping.general'],
  [7011, 7011, 'travel.lodging'],
  [7512, 7512, 'travel.car_rental'],
  [7991, 7999, 'entertainment.fitness'],
  [8000, 8099, 'health.medical'],
];

const typeKeys: Record<string, string | ((s: BankSignals) => string)> = {
  FEE: 'fees.bank',
  INTEREST: (s) => (s.amountMinor > 0n ? 'income.interest' : 'fees.interest'),
  ATMWITHDRAWAL: 'cash.atm',
  DIRECTDEPOSIT: 'income.salary',
  DIVIDEND: 'income.interest',
};

function resolve(entry: string | ((s: BankSignals) => string) | undefined, signals: BankSignals): string | null {
  if (!entry) return null;
  return typeof entry === 'string' ? entry : entry(signals);
}

export function categoryKeyFromBank(signals: BankSignals): string | null {
  const label = signals.bankCategory?.trim() ?? '';
  if (/^\d{4}$/.test(label)) {
    const mcc = Number(label);
    // The first (narrowest listed) range wins: specific codes come before the 59xx catch-all.
    const range = mccRanges.find(([from, to]) => mcc >= from && mcc <= to);
    if (range) return range[2];
  } else if (label) {
    const key = resolve(labelKeys[label.toLowerCase()], signals);
    if (key) return key;
  }
  const byType = resolve(typeKeys[signals.bankTransactionType?.toUpperCase() ?? ''], signals);
  if (byType) return byType;
  if (signals.amountMinor > 0n) return 'income.other';
  return signals.merchant ? 'cash.other' : null;
}
