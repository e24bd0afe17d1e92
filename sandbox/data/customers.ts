// The sandbox bank's customers and their accounts. Static, so the login page,
// the OAuth consent screen and the FDX API all agree on who exists.

export type SandboxCustomer = {
  id: string;
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
    username: 'consumer',
    password: 'sandbox-consumer',
    displayName: 'Alex Rivera',
    kind: 'consumer',
    description: 'Joint checking (with Morgan Rivera), savings, credit card, mortgage and a brokerage account; three years of history.',
  },
  {
    id: 'cust-consumer-chen',
    username: 'single',
    password: 'sandbox-single',
    displayName: 'Jamie Chen',
    kind: 'consumer',
    description: 'One checking account; a second user for multi-user tests.',
  },
  {
    id: 'cust-business-harbor',
    username: 'business',
    password: 'sandbox-business',
    displayName: 'Harbor Lane Bakery LLC',
    kind: 'business',
    description: 'Business checking, business card and line of credit; ten years of history (scalable).',
  },
  {
    id: 'cust-fraud-okafor',
    username: 'fraud',
    password: 'sandbox-fraud',
    displayName: 'Taylor Okafor',
    kind: 'fraud',
    description: 'Card testing, a very large charge, a new foreign merchant, duplicate charges and a changed account holder.',
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
  { accountId: 'acc-okafor-card', customerId: 'cust-fraud-okafor', nickname: 'Freedom Card', accountCategory: 'LOC_ACCOUNT', accountType: 'CREDITCARD', maskedNumber: '...4409' },
];

export function listSandboxCustomers(): SandboxCustomer[] {
  return customers.map((customer) => ({ ...customer }));
}

export function findSandboxCustomerByUsername(username: string): SandboxCustomer | undefined {
  const found = customers.find((customer) => customer.username === username);
  return found ? { ...found } : undefined;
}

export function findSandboxCustomerById(customerId: string): SandboxCustomer | undefined {
  const found = customers.find((customer) => customer.id === customerId);
  return found ? { ...found } : undefined;
}

export function listSandboxAccounts(customerId: string): SandboxAccountSummary[] {
  return accounts.filter((account) => account.customerId === customerId).map((account) => ({ ...account }));
}
