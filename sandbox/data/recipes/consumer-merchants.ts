import type { SpendTemplate } from './recipe-kit.js';

// Everyday spending for the consumer customers, with bank-style descriptors.

export const groceries: SpendTemplate = {
  weeklyRate: 2.2, minCents: 2_850, maxCents: 21_400, category: '5411', mcc: '5411', hours: [9, 20], weekendBoost: 1.6,
  merchants: [
    { description: 'WHOLEFDS LPK 10234 CHICAGO IL', payee: 'Whole Foods Market' },
    { description: "TRADER JOE'S #552 CHICAGO IL", payee: "Trader Joe's" },
    { description: 'JEWEL OSCO 3443 CHICAGO IL', payee: 'Jewel-Osco' },
    { description: 'MARIANOS 8532 CHICAGO IL', payee: "Mariano's" },
  ],
};
export const dining: SpendTemplate = {
  weeklyRate: 3.2, minCents: 1_240, maxCents: 9_850, category: '5812', mcc: '5812', hours: [11, 22], tipBasisPoints: [1500, 2200], weekendBoost: 1.5,
  merchants: [
    { description: 'TST* LULA CAFE CHICAGO IL', payee: 'Lula Cafe' },
    { description: 'TST* AU CHEVAL CHICAGO IL', payee: 'Au Cheval' },
    { description: 'PEQUODS PIZZA CHICAGO IL', payee: "Pequod's Pizza" },
    { description: 'SQ *BIG STAR WICKER PARK', payee: 'Big Star' },
  ],
};
export const quickFood: SpendTemplate = {
  weeklyRate: 3, minCents: 475, maxCents: 1_690, category: '5814', mcc: '5814', hours: [7, 15],
  merchants: [
    { description: 'STARBUCKS STORE 02741 CHICAGO IL', payee: 'Starbucks' },
    { description: 'CHIPOTLE 1187 CHICAGO IL', payee: 'Chipotle' },
    { description: 'SWEETGREEN WEST LOOP', payee: 'Sweetgreen' },
    { description: 'INTELLIGENTSIA COFFEE', payee: 'Intelligentsia Coffee' },
  ],
};
export const fuel: SpendTemplate = {
  weeklyRate: 0.9, minCents: 3_200, maxCents: 7_450, category: '5542', mcc: '5542', hours: [7, 21], preAuthCents: 100,
  merchants: [
    { description: 'SHELL OIL 57444291003 CHICAGO IL', payee: 'Shell' },
    { description: 'BP#9416830 ASHLAND CHICAGO IL', payee: 'BP' },
    { description: 'SPEEDWAY 08812 EVANSTON IL', payee: 'Speedway' },
  ],
};
export const shopping: SpendTemplate = {
  weeklyRate: 2, minCents: 1_199, maxCents: 12_999, category: '5942', mcc: '5942', hours: [8, 23],
  merchants: [
    { description: 'AMAZON MKTPL*2K4LM81Q3 Amzn.com/bill WA', payee: 'Amazon' },
    { description: 'AMAZON.COM*RT5TQ02B1 AMZN.COM/BILL WA', payee: 'Amazon' },
    { description: 'TARGET 00019364 CHICAGO IL', payee: 'Target' },
    { description: 'CVS/PHARMACY #08612 CHICAGO IL', payee: 'CVS Pharmacy' },
  ],
};
export const rides: SpendTemplate = {
  weeklyRate: 1.2, minCents: 890, maxCents: 3_480, category: '4121', mcc: '4121', hours: [6, 24], weekendBoost: 1.8,
  merchants: [
    { description: 'UBER *TRIP HELP.UBER.COM CA', payee: 'Uber' },
    { description: 'LYFT *RIDE THU 8PM', payee: 'Lyft' },
  ],
};

// Subscriptions change price on known dates so "recurring" detection sees it.
export type Subscription = { dayOfMonth: number; description: string; payee: string; mcc: string; prices: ReadonlyArray<{ from: string; cents: number }> };

export const riveraSubscriptions: Subscription[] = [
  { dayOfMonth: 21, description: 'NETFLIX.COM LOS GATOS CA', payee: 'Netflix', mcc: '4899', prices: [{ from: '2023-01-01', cents: 1_549 }, { from: '2025-01-21', cents: 1_799 }, { from: '2026-04-21', cents: 1_999 }] },
  { dayOfMonth: 3, description: 'Spotify USA 877-7781161 NY', payee: 'Spotify', mcc: '4899', prices: [{ from: '2023-01-01', cents: 1_099 }, { from: '2024-07-03', cents: 1_199 }, { from: '2025-08-03', cents: 1_299 }] },
  { dayOfMonth: 14, description: 'APPLE.COM/BILL 866-712-7753 CA', payee: 'Apple iCloud', mcc: '5818', prices: [{ from: '2023-01-01', cents: 299 }] },
  { dayOfMonth: 9, description: 'PELOTON* MEMBERSHIP NEW YORK NY', payee: 'Peloton', mcc: '7997', prices: [{ from: '2023-01-01', cents: 4_400 }] },
  { dayOfMonth: 27, description: 'NYTIMES*NYTIMES 800-698-4637 NY', payee: 'The New York Times', mcc: '5994', prices: [{ from: '2023-01-01', cents: 425 }, { from: '2025-02-27', cents: 2_500 }] },
];

export function priceOn(subscription: Subscription, isoDay: string): number {
  let cents = 0;
  for (const price of subscription.prices) if (price.from <= isoDay) cents = price.cents;
  return cents;
}
