import type { HoldingView } from '@/lib/investments/queries';
import { formatMoney } from '@/lib/money';
import { ColumnHeaders, type ColumnHeader } from '@/components/ui/column-headers';

// Quantities and prices are exact decimal text from the bank: shown as written (grouped), never
// through a float.
function groupDigits(decimal: string | null): string {
  if (decimal === null) return '—';
  const [whole = '', fraction] = decimal.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

// At least cents: "1" → "1.00", "131.07" stays, "0.00012345" stays.
function priceText(holding: HoldingView): string {
  if (holding.isCash || holding.unitPrice === null) return '—';
  const [whole = '0', fraction = ''] = holding.unitPrice.split('.');
  const text = groupDigits(`${whole}.${fraction.padEnd(2, '0')}`);
  return holding.currency === 'USD' ? `$${text}` : `${text} ${holding.currency}`;
}

const columns: ColumnHeader[] = [
  { label: 'Holding', className: 'py-2 pr-4 font-medium' },
  { label: 'Quantity', className: 'py-2 pr-4 text-right font-medium' },
  { label: 'Price', className: 'py-2 pr-4 text-right font-medium' },
  { label: 'Value', className: 'py-2 text-right font-medium' },
];

export function HoldingsTable({ accountName, holdings }: { accountName: string; holdings: HoldingView[] }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="group" aria-label={`Holdings in ${accountName}`}>
      <table className="w-full min-w-[32rem] text-left text-sm">
        <caption className="py-2 text-left text-sm font-semibold">Holdings in {accountName}</caption>
        <thead className="text-xs uppercase text-slate-600 dark:text-slate-400">
          <tr>
            <ColumnHeaders columns={columns} />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {holdings.map((holding) => (
            <tr key={holding.id}>
              <th scope="row" className="py-2 pr-4 font-medium">
                {holding.symbol ? <span className="mr-2">{holding.symbol}</span> : null}
                <span className="font-normal text-slate-600 dark:text-slate-400">{holding.name}</span>
              </th>
              <td className="tabular py-2 pr-4 text-right">{holding.isCash ? '—' : groupDigits(holding.quantity)}</td>
              <td className="tabular py-2 pr-4 text-right">{priceText(holding)}</td>
              <td className="tabular py-2 text-right">{formatMoney(holding.marketValueMinor, holding.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
