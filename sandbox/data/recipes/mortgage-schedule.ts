import { describeDay, firstDayOfMonth, monthsBetween } from '../calendar.js';
import { requireAccountProfile } from '../account-profiles.js';

// Fixed-rate amortisation in integer cents. Month k's interest is computed on
// the principal left after month k-1, exactly as the loan ledger books it.

export type MortgageMonth = { paymentDay: number; interestCents: number; principalCents: number; escrowCents: number; principalAfterCents: number };

let schedule: MortgageMonth[] | undefined;

export function readMortgageSchedule(): MortgageMonth[] {
  if (schedule) return schedule;
  const profile = requireAccountProfile('acc-rivera-mortgage');
  const loan = profile.loan!;
  const rateMilli = Math.round(profile.interestRatePercent! * 1000); // 6.125% -> 6125
  const monthlyRate = rateMilli / 1_200_000;
  const paymentCents = Math.round((loan.originalPrincipalCents * monthlyRate) / (1 - (1 + monthlyRate) ** -loan.termMonths));
  const first = describeDay(loan.firstPaymentDay);
  const months: MortgageMonth[] = [];
  let principal = loan.originalPrincipalCents;
  for (let k = 0; k < loan.termMonths && principal > 0; k++) {
    const interestCents = Math.round((principal * rateMilli) / 1_200_000);
    const principalCents = Math.min(principal, paymentCents - interestCents);
    principal -= principalCents;
    const totalMonth = first.month - 1 + k;
    months.push({ paymentDay: firstDayOfMonth(first.year + Math.floor(totalMonth / 12), (totalMonth % 12) + 1), interestCents, principalCents, escrowCents: loan.monthlyEscrowCents, principalAfterCents: principal });
  }
  schedule = months;
  return months;
}

export function findMortgageMonth(day: number): MortgageMonth | undefined {
  const loan = requireAccountProfile('acc-rivera-mortgage').loan!;
  if (day < loan.firstPaymentDay) return undefined;
  const month = readMortgageSchedule()[monthsBetween(loan.firstPaymentDay, day)];
  return month && month.paymentDay === day ? month : undefined;
}
