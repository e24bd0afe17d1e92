import { getDb } from '@/lib/db';
import { BadInputError } from '@/lib/errors';
import { withWorkspace } from '@/lib/http/route';
import { minorUnitsToDecimal } from '@/lib/money';
import { getMonthlyTotals } from '@/lib/insights/monthly';
import { parseCashFlowRange } from '@/lib/insights/cash-flow-range';
import { CSV_BOM, csvCell, csvRow } from '@/lib/transactions/csv';

export const dynamic = 'force-dynamic';

// The cash-flow table (money in, out, net, spending and owner's draws per month, as
// lib/money-meaning defines them) as CSV, for ?from=YYYY-MM&to=YYYY-MM.
export const GET = withWorkspace(async ({ request, actor }) => {
  const range = parseCashFlowRange(Object.fromEntries(new URL(request.url).searchParams));
  if (range.error) throw new BadInputError(range.error);
  const months = await getMonthlyTotals(getDb(), actor.workspaceId, range.from, range.to);
  const money = (minor: bigint) => csvCell(minorUnitsToDecimal(minor), { numeric: true });
  const body =
    CSV_BOM +
    csvRow(['Month', 'Money in', 'Money out', 'Net', 'Spending', "Owner's draws"].map((h) => csvCell(h))) +
    months.map((m) => csvRow([csvCell(m.month), money(m.inflowMinor), money(m.outflowMinor), money(m.netMinor), money(m.spendingMinor), money(m.ownerDrawsMinor)])).join('');
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="cashlens-cash-flow-${range.from}-to-${range.to}.csv"`,
      'cache-control': 'no-store',
    },
  });
}, { need: 'read' });
