// The category tree every user starts with. Keys are stable slugs: bank mapping and rules refer
// to a default category by key, so renaming one never breaks them. kind decides where a
// category's money counts: income, expense, or transfer (kept out of both).

export type CategoryKind = 'income' | 'expense' | 'transfer';
export type DefaultCategory = { key: string; name: string; kind: CategoryKind; children?: DefaultCategory[] };

const group = (key: string, name: string, kind: CategoryKind, children: [string, string][]): DefaultCategory => ({
  key,
  name,
  kind,
  children: children.map(([childKey, childName]) => ({ key: `${key}.${childKey}`, name: childName, kind })),
});

export const defaultCategories: DefaultCategory[] = [
  group('income', 'Income', 'income', [['salary', 'Paycheck'], ['interest', 'Interest income'], ['other', 'Other income']]),
  group('housing', 'Housing', 'expense', [['mortgage', 'Rent & mortgage'], ['home', 'Home services']]),
  group('food', 'Food', 'expense', [['groceries', 'Groceries'], ['dining', 'Restaurants'], ['coffee', 'Coffee & quick food']]),
  group('transport', 'Transport', 'expense', [['fuel', 'Fuel'], ['rides', 'Rides & transit'], ['car', 'Car']]),
  group('utilities', 'Utilities', 'expense', [['energy', 'Electricity & gas'], ['internet', 'Internet & phone']]),
  group('shopping', 'Shopping', 'expense', [['general', 'General shopping'], ['online', 'Online shopping']]),
  group('entertainment', 'Entertainment', 'expense', [['subscriptions', 'Subscriptions'], ['fitness', 'Fitness']]),
  group('health', 'Health', 'expense', [['pharmacy', 'Pharmacy'], ['medical', 'Medical']]),
  group('travel', 'Travel', 'expense', [['air', 'Flights'], ['lodging', 'Hotels'], ['car_rental', 'Car rental']]),
  group('family', 'Family', 'expense', [['childcare', 'Childcare & education']]),
  group('fees', 'Fees & interest', 'expense', [['bank', 'Bank fees'], ['interest', 'Interest charged']]),
  group('financial', 'Savings & loans', 'expense', [['investments', 'Investments'], ['loan_payment', 'Loan payments']]),
  group('cash', 'Cash & people', 'expense', [['atm', 'Cash withdrawals'], ['people', 'Payments to people'], ['other', 'Other spending']]),
  group('transfers', 'Transfers', 'transfer', [['own', 'Between your accounts'], ['card_payment', 'Credit card payments']]),
  group('business', 'Business income', 'income', [['sales', 'Sales']]),
  group('business_costs', 'Business costs', 'expense', [
    ['payroll', 'Payroll'],
    ['payroll_tax', 'Payroll taxes'],
    ['vendors', 'Vendors & supplies'],
    ['rent', 'Business rent'],
    ['software', 'Software'],
    ['taxes', 'Taxes'],
    ['owner_draw', "Owner's draw"],
  ]),
];

/** Every default category, parents first. */
export function flattenDefaultCategories(): (DefaultCategory & { parentKey: string | null; sortOrder: number })[] {
  const rows: (DefaultCategory & { parentKey: string | null; sortOrder: number })[] = [];
  defaultCategories.forEach((parent, index) => {
    rows.push({ ...parent, parentKey: null, sortOrder: index });
    parent.children?.forEach((child, childIndex) => rows.push({ ...child, parentKey: parent.key, sortOrder: childIndex }));
  });
  return rows;
}
