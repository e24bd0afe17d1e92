import type { ReactNode } from 'react';

/** One column header: its label (text, or a screen-reader-only span) and the classes of its cell. */
export type ColumnHeader = { label: ReactNode; key?: string; className: string };

/** A table's header row from a list of columns, each a `<th scope="col">`. */
export function ColumnHeaders({ columns }: { columns: ColumnHeader[] }) {
  return (
    <>
      {columns.map((column, index) => (
        <th key={column.key ?? (typeof column.label === 'string' ? column.label : index)} scope="col" className={column.className}>
          {column.label}
        </th>
      ))}
    </>
  );
}
