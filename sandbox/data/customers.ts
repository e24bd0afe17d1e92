// The sandbox bank's customers and their accounts. Static, so the login page,
// the OAuth consent screen and the FDX API all agree on who exists.

// Which sandbox bank a customer banks with: the same process serves either (SANDBOX_INSTITUTION).
export type SandboxInstitutionId = 'chase' | 'credit-union';

export type SandboxCustomer = {
  id: string;
  institution: SandboxInstitutionId;
  username: string;
  password: string;
  displayName: string;
  kind: 'consumer' | 'business' | 'fraud';
  description: string;
};

export type SandboxAccountSummary = {
  accountId: string;
  customerId: string;
  nickname: string;
  accountCategory: 'DEPOSIT_ACCOUNT' | 'LOC_ACCOUNT' | 'LOAN_ACCOUNT' | 'INVESTMENT_ACCOUNT';
  accountType: string;
  maskedNumber: string;
};

const customers: SandboxCustomer[] = [
  {
    id: 'cust-consumer-rivera',
    institution: 'chase',
    username: 'consumer',
    password: 'sandbox-consumer',
    displayName: 'Alex Rivera',
    kind: 'consumer',
    description: 'Joint checking (with Morgan Rivera), savings, credit card, mortgage and a brokerage account; three years of history.',
  },
  {
    id: 'cust-consumer-chen',
    institution: 'chase',
    username: 'single',
    password: 'sandbox-single',
    displayName: 'Jamie Chen',
    kind: 'consumer',
    description: 'One checking account; a second user for multi-user tests.',
  },
  {
    id: 'cust-business-harbor',
    institution: 'chase',
    username: 'business',
    password: 'sandbox-business',
    displayName: 'Harbor Lane Bakery LLC',
    kind: 'business',
    description: 'Business checking, business card and line of credit; ten years of history (scalable).',
  },
  {
    id: 'cust-fraud-okafor',
    institution: 'chase',
    username: 'fraud',
    password: 'sandbox-fraud',
    displayName: 'Taylor Okafor',
    kind: 'fraud',
    description: 'Card testing, a very large charge, a new foreign merchant, duplicate charges and a changed account holder.',
  },
  // Lakeshore Credit Union (SANDBOX_INSTITUTION=credit-union): the same people's accounts at a second bank.
  {
    id: 'cust-cu-rivera',
    institution: 'credit-union',
    username: 'consumer2',
    password: 'sandbox-consumer2',
    displayName: 'Alex Rivera',
    kind: 'consumer',
    description: 'The Riveras’ second credit card (fuel and groceries); history since June 2025.',
  },
  {
    id: 'cust-cu-harbor',
    institution: 'credit-union',
    username: 'business2',
    password: 'sandbox-business2',
    displayName: 'Harbor Lane Bakery LLC',
    kind: 'business',
    description: 'The bakery’s second checking account, for payroll; history since September 2025.',
  },
];

const accounts: SandboxAccountSummary[] = [
  { accountId: 'acc-rivera-checking', customerId: 'cust-consumer-rivera', nickname: 'Joint Checking', accountCategory: 'DEPOSIT_ACCOUNT', accountType: 'CHECKING', maskedNumber: '...4821' },
  { accountId: 'acc-rivera-savings', customerId: 'cust-consumer-rivera', nickname: 'Rainy Day Savings', accountCategory: 'DEPOSIT_ACCOUNT', accountType: 'SAVINGS', maskedNumber: '...7730' },
  { accountId: 'acc-rivera-card', customerId: 'cust-consumer-rivera', nickname: 'Sapphire Card', accountCategory: 'LOC_ACCOUNT', accountType: 'CREDITCARD', maskedNumber: '...1094' },
  { accountId: 'acc-rivera-mortgage', customerId: 'cust-consumer-rivera', nickname: 'Home Mortgage', accountCategory: 'LOAN_ACCOUNT', accountType: 'MORTGAGE', maskedNumber: '...5562' },
  { accountId: 'acc-rivera-brokerage', customerId: 'cust-consumer-rivera', nickname: 'Rivera Brokerage', accountCategory: 'INVESTMENT_ACCOUNT', accountType: 'TAXABLE', maskedNumber: '...3318' },
  { accountId: 'acc-chen-checking', customerId: 'cust-consumer-chen', nickname: 'Everyday Checking', accountCategory: 'DEPOSIT_ACCOUNT', accountType: 'CHECKING', maskedNumber: '...3307' },
  { accountId: 'acc-harbor-checking', customerId: 'cust-business-harbor', nickname: 'Business Checking', accountCategory: 'DEPOSIT_ACCOUNT', accountType: 'CHECKING', maskedNumber: '...9015' },
  { accountId: 'acc-harbor-card', customerId: 'cust-business-harbor', nickname: 'Ink Business Card', accountCategory: 'LOC_ACCOUNT', accountType: 'CREDITCARD', maskedNumber: '...6648' },
  { accountId: 'acc-harbor-loc', customerId: 'cust-business-harbor', nickname: 'Business Line of Credit', accountCategory: 'LOC_ACCOUNT', accountType: 'LINEOFCREDIT', maskedNumber: '...2271' },
  { accountId: 'acc-okafor-checking', customerId: 'cust-fraud-okafor', nickname: 'Total Checking', accountCategory: 'DEPOSIT_ACCOUNT', accountType: 'CHECKING', maskedNumber: '...8186' },
  { accountId: 'acc-cu-rivera-card', customerId: 'cust-cu-rivera', nickname: 'Lakeshore Visa', accountCategory: 'LOC_ACCOUNT', accountType: 'CREDITCARD', maskedNumber: '...7316' },
  { accountId: 'acc-cu-harbor-checking', customerId: 'cust-cu-harbor', nickname: 'Payroll Checking', accountCategory: 'DEPOSIT_ACCOUNT', accountType: 'CHECKING', maskedNumber: '...4419' },
  { accountId: 'acc-okafor-card', customerId: 'cust-fraud-okafor', nickname: 'Freedom Card', accountCategory: 'LOC_ACCOUNT', accountType: 'CREDITCARD', maskedNumber: '...4409' },
];

/** The customers of one sandbox bank (without an institution: Chase's, the default). */
export function listSandboxCustomers(institution: SandboxInstitutionId = 'chase'): SandboxCustomer[] {
  return customers.filter((customer) => customer.institution === institution).map((customer) => ({ ...customer }));
}

export function findSandboxCustomerByUsername(username: string, institution: SandboxInstitutionId = 'chase'): SandboxCustomer | undefined {
  const found = customers.find((customer) => customer.username === username && customer.institution === institution);
  return found ? { ...found } : undefined;
}

export function findSandboxCustomerById(customerId: string): SandboxCustomer | undefined {
  const found = customers.find((customer) => customer.id === customerId);
  return found ? { ...found } : undefined;
}

export function listSandboxAccounts(customerId: string): SandboxAccountSummary[] {
  return accounts.filter((account) => account.customerId === customerId).map((account) => ({ ...account }));
}
