import { toIsoDay } from '@/lib/dates';
import { getDb } from '@/lib/db';
import { BadInputError, NotFoundError } from '@/lib/errors';
import { withWorkspace } from '@/lib/http/route';
import { listHiddenAccountIds } from '@/lib/workspaces/visibility';
import { minorUnitsToDecimal } from '@/lib/money';
import { describeCategories, ensureDefaultCategories } from '@/lib/categories/ensure-categories';
import { CSV_BOM, csvCell, csvRow, csvSummaryRows } from '@/lib/transactions/csv';
import { transactionsExportName } from '@/lib/transactions/export-name';
import { parseTransactionFilters } from '@/lib/transactions/filters';
import { iterateTransactions } from '@/lib/transactions/list';
import { filtersAreOwned } from '@/lib/transactions/ownership';
import { getTransactionTotals } from '@/lib/transactions/totals';

export const dynamic = 'force-dynamic';

const header = ['Date', 'Account', 'Description', 'Merchant', 'Category', 'Amount', 'Currency', 'Status', 'Transfer', 'Tags', 'Notes'];

// The filtered transaction list as CSV: the same URL parameters as /transactions, every page.
export const GET = withWorkspace(async ({ request, actor }) => {
  const db = getDb();
  const parsed = parseTransactionFilters(Object.fromEntries(new URL(request.url).searchParams));
  const { errors } = parsed;
  const filters = { ...parsed.filters, hiddenAccountIds: await listHiddenAccountIds(db, actor.workspaceId, actor.id) };
  if (errors.length) throw new BadInputError(errors.join(' '));
  if (!(await filtersAreOwned(db, actor.workspaceId, filters))) throw new NotFoundError('That account, category or tag');
  const categories = describeCategories(await ensureDefaultCategories(db, actor.workspaceId));
  // Totals for the whole filter, written after the rows (see lib/transactions/csv.ts).
  const totals = await getTransactionTotals(db, actor.workspaceId, filters);
  const encoder = new TextEncoder();
  const rows = iterateTransactions(db, actor.workspaceId, { ...filters, cursor: null });
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvRow(header.map((h) => csvCell(h)))));
    },
    async pull(controller) {
      let lines = '';
      for (let n = 0; n < 500; n++) {
        const next = await rows.next();
        if (next.done) {
          controller.enqueue(encoder.encode(lines + csvSummaryRows(totals, header, minorUnitsToDecimal)));
          controller.close();
          return;
        }
        const tx = next.value;
        lines += csvRow([
          csvCell(toIsoDay(tx.bookedOn)),
          csvCell(tx.accountName),
          csvCell(tx.description),
          csvCell(tx.merchant),
          csvCell(tx.splitCount ? 'Split' : tx.categoryId ? (categories.get(tx.categoryId)?.label ?? '') : ''),
          csvCell(minorUnitsToDecimal(tx.amountMinor), { numeric: true }),
          csvCell(tx.currency),
          csvCell(tx.status),
          csvCell(tx.isTransfer ? 'yes' : 'no'),
          csvCell(tx.tags.map((t) => t.name).join('; ')),
          csvCell(tx.notes),
        ]);
      }
      controller.enqueue(encoder.encode(lines));
    },
  });
  return new Response(stream, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${transactionsExportName(filters, new Date())}"`,
      'cache-control': 'no-store',
    },
  });
}, { need: 'read' });
