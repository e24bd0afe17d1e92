import type { ReactNode } from 'react';

/** The text alternative every chart has: a real table, collapsed under a disclosure when `collapsible`. */
export function DataTable({ caption, headers, rows, collapsible = false }: { caption: string; headers: string[]; rows: ReactNode[][]; collapsible?: boolean }) {
  // Focusable so a keyboard user can scroll a wide table on a phone; `relative` keeps screen-reader-only
  // text in off-screen cells inside the scroll box (absolutely placed, it would widen the page).
  const table = (
    <div className="relative overflow-x-auto" tabIndex={0} role="group" aria-label={caption}>
      <table className="tabular w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-600 dark:border-slate-700 dark:text-slate-300">
            {headers.map((header, index) => (
              <th key={header} scope="col" className={`py-2 pr-3 font-medium ${index > 0 ? 'text-right' : ''}`}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, rowIndex) => (
            <tr key={rowIndex} className="border-b border-slate-100 last:border-0 dark:border-slate-800">
              {cells.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row" className="py-1.5 pr-3 text-left font-normal">
                    {cell}
                  </th>
                ) : (
                  <td key={index} className="py-1.5 pr-3 text-right">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  if (!collapsible) return table;
  return (
    <details className="mt-3">
      <summary className="cursor-pointer text-sm font-medium text-brand-700 dark:text-brand-100">Show as a table</summary>
      <div className="mt-2">{table}</div>
    </details>
  );
}
