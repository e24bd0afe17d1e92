// Net worth is a sum of parts, one per kind of account (linked, manual, …): each part answers, for
// the same list of months, its assets and what is owed at each month's close — null for a month
// where it knows nothing yet (unknown, not zero).
export type NetWorthTotals = { assetsMinor: bigint; liabilitiesMinor: bigint };
export type NetWorthContribution = (NetWorthTotals | null)[];
