// Charts get whole-currency numbers (drawing only; every total shown as text comes from bigint
// minor units formatted on the server).
export const axisMoney = (value: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 }).format(value);
export const tooltipMoney = (value: unknown) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(Number(value));
export const CHART_COLORS = ['#1f57b8', '#0f766e', '#b45309', '#7c3aed', '#be123c', '#15803d', '#0369a1', '#a16207', '#4b5563'];
