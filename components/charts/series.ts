// Names and colours of each chart's series, shared by the still chart drawn on the server and the
// interactive recharts one that replaces it, so the two look the same.

export const INCOME_EXPENSES_SERIES = [
  { key: 'income', name: 'Money in', color: '#0f766e' },
  { key: 'expenses', name: 'Money out', color: '#be123c' },
] as const;

export const NET_WORTH_SERIES = [
  { key: 'netWorth', name: 'Net worth', color: '#1f57b8', strokeWidth: 2 },
  { key: 'assets', name: 'Assets', color: '#0f766e', strokeWidth: 1 },
  { key: 'liabilities', name: 'Owed', color: '#be123c', strokeWidth: 1 },
] as const;
