import { parseIsoDay } from './calendar.js';

// Static facts about each sandbox account that the FDX details, payment
// networks and statements need. History starts on fixed dates so the same seed
// gives the same data whatever day the sandbox is started on.

export type AccountProfile = {
  accountId: string;
  code: string; // short prefix for transaction ids
  productName: string;
  openDay: number;
  openingBalanceCents: number; // deposits: money in; LOC/loan: amount owed
  accountNumber: string;
  routingNumber?: string;
  creditLineCents?: number;
  purchasesAprPercent?: number;
  advancesAprPercent?: number;
  interestRatePercent?: number;
  interestRateType?: 'FIXED' | 'VARIABLE';
  statementCloseDayOfMonth: number; // 0 = last day of the month
  paymentDueDayOfMonth?: number;
  loan?: { originalPrincipalCents: number; termMonths: number; monthlyEscrowCents: number; firstPaymentDay: number };
};

const CHASE_ROUTING_IL = '071000013';
const CHASE_ROUTING_NY = '021000021';
const LAKESHORE_ROUTING = '271074000';

const profiles: AccountProfile[] = [
  { accountId: 'acc-rivera-checking', code: 'RCHK', productName: 'Chase Total Checking', openDay: parseIsoDay('2023-12-01'), openingBalanceCents: 842_017, accountNumber: '000000384104821', routingNumber: CHASE_ROUTING_IL, statementCloseDayOfMonth: 0 },
  { accountId: 'acc-rivera-savings', code: 'RSAV', productName: 'Chase Premier Savings', openDay: parseIsoDay('2023-12-01'), openingBalanceCents: 1_250_000, accountNumber: '000000384107730', routingNumber: CHASE_ROUTING_IL, interestRatePercent: 4.1, interestRateType: 'VARIABLE', statementCloseDayOfMonth: 0 },
  { accountId: 'acc-rivera-card', code: 'RCRD', productName: 'Chase Sapphire Preferred', openDay: parseIsoDay('2023-12-01'), openingBalanceCents: 0, accountNumber: '4147202219871094', creditLineCents: 1_800_000, purchasesAprPercent: 21.49, advancesAprPercent: 29.49, statementCloseDayOfMonth: 5, paymentDueDayOfMonth: 28 },
  { accountId: 'acc-rivera-mortgage', code: 'RMTG', productName: 'Chase 30-Year Fixed Mortgage', openDay: parseIsoDay('2023-12-01'), openingBalanceCents: 42_000_000, accountNumber: '1005843395562', interestRatePercent: 6.125, interestRateType: 'FIXED', statementCloseDayOfMonth: 16, paymentDueDayOfMonth: 1, loan: { originalPrincipalCents: 42_000_000, termMonths: 360, monthlyEscrowCents: 64_318, firstPaymentDay: parseIsoDay('2024-01-01') } },
  { accountId: 'acc-rivera-brokerage', code: 'RBRK', productName: 'J.P. Morgan Self-Directed Investing', openDay: parseIsoDay('2023-12-01'), openingBalanceCents: 0, accountNumber: '000000917223318', statementCloseDayOfMonth: 0 },
  { accountId: 'acc-chen-checking', code: 'CCHK', productName: 'Chase Total Checking', openDay: parseIsoDay('2024-06-01'), openingBalanceCents: 312_544, accountNumber: '000000771203307', routingNumber: CHASE_ROUTING_NY, statementCloseDayOfMonth: 0 },
  { accountId: 'acc-harbor-checking', code: 'HCHK', productName: 'Chase Performance Business Checking', openDay: parseIsoDay('2016-12-01'), openingBalanceCents: 4_200_000, accountNumber: '000000590119015', routingNumber: CHASE_ROUTING_IL, statementCloseDayOfMonth: 0 },
  { accountId: 'acc-harbor-card', code: 'HCRD', productName: 'Ink Business Preferred', openDay: parseIsoDay('2016-12-01'), openingBalanceCents: 0, accountNumber: '4266841133096648', creditLineCents: 3_500_000, purchasesAprPercent: 20.74, advancesAprPercent: 29.99, statementCloseDayOfMonth: 8, paymentDueDayOfMonth: 20 },
  { accountId: 'acc-harbor-loc', code: 'HLOC', productName: 'Chase Business Line of Credit', openDay: parseIsoDay('2016-12-01'), openingBalanceCents: 0, accountNumber: '000000590142271', creditLineCents: 10_000_000, interestRatePercent: 9.75, interestRateType: 'VARIABLE', statementCloseDayOfMonth: 0, paymentDueDayOfMonth: 5 },
  { accountId: 'acc-okafor-checking', code: 'OCHK', productName: 'Chase Total Checking', openDay: parseIsoDay('2025-03-01'), openingBalanceCents: 524_090, accountNumber: '000000660218186', routingNumber: CHASE_ROUTING_IL, statementCloseDayOfMonth: 0 },
  { accountId: 'acc-cu-rivera-card', code: 'LCRD', productName: 'Lakeshore Visa Platinum', openDay: parseIsoDay('2025-06-01'), openingBalanceCents: 0, accountNumber: '4355012244857316', creditLineCents: 600_000, purchasesAprPercent: 17.9, advancesAprPercent: 19.9, statementCloseDayOfMonth: 20, paymentDueDayOfMonth: 12 },
  { accountId: 'acc-cu-harbor-checking', code: 'LCHK', productName: 'Lakeshore Business Checking', openDay: parseIsoDay('2025-09-01'), openingBalanceCents: 250_000, accountNumber: '000008812204419', routingNumber: LAKESHORE_ROUTING, statementCloseDayOfMonth: 0 },
  { accountId: 'acc-okafor-card', code: 'OCRD', productName: 'Chase Freedom Unlimited', openDay: parseIsoDay('2025-03-01'), openingBalanceCents: 0, accountNumber: '4147099988104409', creditLineCents: 1_200_000, purchasesAprPercent: 24.99, advancesAprPercent: 29.99, statementCloseDayOfMonth: 12, paymentDueDayOfMonth: 7 },
];

export function findAccountProfile(accountId: string): AccountProfile | undefined {
  return profiles.find((profile) => profile.accountId === accountId);
}

export function requireAccountProfile(accountId: string): AccountProfile {
  const profile = findAccountProfile(accountId);
  if (!profile) throw new Error(`no profile for sandbox account ${accountId}`);
  return profile;
}
