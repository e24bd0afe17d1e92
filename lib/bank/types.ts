// The app's own types for what a bank shares, as the FDX client hands them out. Code outside
// lib/bank imports these (never the FDX schemas or transforms; lib/bank/fdx-boundary.test.ts checks).
export type { BankAccountSnapshot } from '@/lib/bank/transform-accounts';
export type { BankTransactionRow } from '@/lib/bank/transform-transactions';
export type { BankContact, LinkedCustomer } from '@/lib/bank/transform-contacts';
