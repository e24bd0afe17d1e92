import type { CategoryPoint } from './category-chart';
import { ChartOnIntent } from './chart-on-intent';
import type { IncomeExpensesPoint } from './income-expenses-chart';
import type { NetWorthChartPoint } from './net-worth-chart';
import { INCOME_EXPENSES_SERIES, NET_WORTH_SERIES } from './series';
import { StillBars } from './still/still-bars';
import { StillCategoryBars } from './still/still-category-bars';
import { StillLines } from './still/still-lines';

// The dashboard's charts: drawn on the server, interactive once reached for (ChartOnIntent).

export function IncomeExpensesChart({ data }: { data: IncomeExpensesPoint[] }) {
  const still = <StillBars labels={data.map((d) => d.label)} series={INCOME_EXPENSES_SERIES.map((s) => ({ ...s, values: data.map((d) => d[s.key]) }))} heightClass="h-64" />;
  return <ChartOnIntent chart="income-expenses" props={{ data }} still={still} />;
}

export function NetWorthChart({ data }: { data: NetWorthChartPoint[] }) {
  const still = <StillLines labels={data.map((d) => d.label)} series={NET_WORTH_SERIES.map((s) => ({ ...s, values: data.map((d) => d[s.key]) }))} heightClass="h-64" />;
  return <ChartOnIntent chart="net-worth" props={{ data }} still={still} />;
}

export function CategoryChart({ data }: { data: CategoryPoint[] }) {
  return <ChartOnIntent chart="category" props={{ data }} still={<StillCategoryBars data={data} />} />;
}
