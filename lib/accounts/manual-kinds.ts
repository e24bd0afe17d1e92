// What a manual account can be, and how each kind sits beside linked accounts: the FDX-style
// category and type it is stored with let every reader that already tells assets from liabilities
// (net worth, reports, categorisation) treat it like a linked account of the same shape.

export const MANUAL_KINDS = ['cash', 'bank_offline', 'property', 'vehicle', 'other_asset', 'credit_card_offline', 'loan_offline', 'other_liability'] as const;
export type ManualKind = (typeof MANUAL_KINDS)[number];

type KindInfo = { label: string; liability: boolean; accountCategory: string; accountType: string };

const KINDS: Record<ManualKind, KindInfo> = {
  cash: { label: 'Cash', liability: false, accountCategory: 'DEPOSIT_ACCOUNT', accountType: 'CASH' },
  bank_offline: { label: 'Bank account (not linked)', liability: false, accountCategory: 'DEPOSIT_ACCOUNT', accountType: 'CHECKING' },
  property: { label: 'Property', liability: false, accountCategory: 'ASSET_ACCOUNT', accountType: 'PROPERTY' },
  vehicle: { label: 'Vehicle', liability: false, accountCategory: 'ASSET_ACCOUNT', accountType: 'VEHICLE' },
  other_asset: { label: 'Other asset', liability: false, accountCategory: 'ASSET_ACCOUNT', accountType: 'OTHER_ASSET' },
  credit_card_offline: { label: 'Credit card (not linked)', liability: true, accountCategory: 'LOC_ACCOUNT', accountType: 'CREDITCARD' },
  loan_offline: { label: 'Loan (not linked)', liability: true, accountCategory: 'LOAN_ACCOUNT', accountType: 'LOAN' },
  other_liability: { label: 'Other liability', liability: true, accountCategory: 'LOAN_ACCOUNT', accountType: 'OTHER_LIABILITY' },
};

export function isManualKind(value: string): value is ManualKind {
  return (MANUAL_KINDS as readonly string[]).includes(value);
}

export function describeManualKind(kind: ManualKind): KindInfo {
  return KINDS[kind];
}

export function manualKindOptions(): { value: ManualKind; label: string }[] {
  return MANUAL_KINDS.map((value) => ({ value, label: KINDS[value].label }));
}
