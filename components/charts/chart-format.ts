// Charts get whole-currency numbers (drawing only; every total shown as text comes from bigint
// minor units formatted on the server).
const axisFormat = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 });
// (minimumFractionDigits: a currency's default of 2, clamped to 1, printed "$8.0K" on the server and "$8K" in browsers.)
const tooltipFormat = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
export const axisMoney = (value: number) => axisFormat.format(value);
export const tooltipMoney = (value: unknown) => tooltipFormat.format(Number(value));
export const CHART_COLORS = ['#1f57b8', '#0f766e', '#b45309', '#7c3aed', '#be123c', '#15803d', '#0369a1', '#a16207', '#4b5563'];
