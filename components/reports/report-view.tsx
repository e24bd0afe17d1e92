import { OwnershipBadge, OwnershipDetails } from '@/components/ownership/ownership-details';
import { formatCount } from '@/lib/counts';
import { formatDate, formatDateTime, formatMonth } from '@/lib/dates';
import { accountLabel, balance, money, months, summaryLines } from '@/lib/reports/format';
import type { ReportSnapshot } from '@/lib/reports/snapshot';

/** A frozen lending report, for the owner and for whoever holds its link; prints on plain paper. */
/** One titled part of the report; `avoidBreak` keeps it on one printed page. */
function ReportSection({ id, title, avoidBreak, children }: { id: string; title: string; avoidBreak?: boolean; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className={`mt-6 ${avoidBreak ? 'break-inside-avoid' : ''}`}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function ReportView({ snapshot, expiresAt }: { snapshot: ReportSnapshot; expiresAt?: Date }) {
  return (
    <article aria-labelledby="report-title" className="mx-auto max-w-3xl text-slate-900 dark:text-slate-100 print:max-w-none print:text-black">
      <header className="border-b border-slate-200 pb-4 dark:border-slate-800">
        <h1 id="report-title" className="text-2xl font-semibold tracking-tight">
          {snapshot.title}
        </h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400 print:text-black">
          Prepared for <strong>{snapshot.preparedFor}</strong> on {formatDateTime(snapshot.createdAt)}
          {expiresAt ? `; this link works until ${formatDateTime(expiresAt)}` : ''}.
        </p>
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400 print:text-black">Figures computed by Cashlens from data shared by the bank, frozen when the report was created.</p>
      </header>

      <ReportSection id="summary" title="Summary" avoidBreak>
        <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          {summaryLines(snapshot).map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-slate-600 dark:text-slate-400 print:text-black">{label}</dt>
              <dd className="font-medium">{value}</dd>
            </div>
          ))}
        </dl>
      </ReportSection>

      <ReportSection id="income" title="Income" avoidBreak>
        <p className="text-sm text-slate-600 dark:text-slate-400 print:text-black">
          Payroll and recurring deposits, {formatDate(snapshot.income.periodStart)} to {formatDate(snapshot.income.periodEnd)} ({months(snapshot.income.months)}).
        </p>
        {snapshot.income.sources.length === 0 ? (
          <p className="mt-2 text-sm">No recurring deposits found.</p>
        ) : (
          <table className="mt-2 w-full text-left text-sm">
            <thead className="text-xs uppercase text-slate-600 dark:text-slate-400 print:text-black">
              <tr>
                <th scope="col" className="py-1 pr-3">Source</th>
                <th scope="col" className="py-1 pr-3">Schedule</th>
                <th scope="col" className="py-1 pr-3 text-right">Deposits</th>
                <th scope="col" className="py-1 text-right">Monthly average</th>
              </tr>
            </thead>
            <tbody>
              {snapshot.income.sources.map((source) => (
                <tr key={source.name} className="border-t border-slate-200 dark:border-slate-800">
                  <td className="py-1 pr-3">
                    {source.name}
                    {source.payroll ? <span className="ml-2 text-xs text-slate-600 dark:text-slate-400 print:text-black">payroll</span> : null}
                  </td>
                  <td className="py-1 pr-3">{source.cadence}</td>
                  <td className="py-1 pr-3 text-right tabular-nums">{formatCount(source.occurrences, 'deposit')}</td>
                  <td className="py-1 text-right tabular-nums">{money(source.monthlyAverageMinor, snapshot.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ReportSection>

      {snapshot.spending.byMonth ? (
        <ReportSection id="spending" title="Spending" avoidBreak>
          <p className="text-sm text-slate-600 dark:text-slate-400 print:text-black" data-testid="report-counting">{snapshot.spending.counting}</p>
          <table className="mt-2 w-full text-left text-sm">
            <thead className="text-xs uppercase text-slate-600 dark:text-slate-400 print:text-black">
              <tr>
                <th scope="col" className="py-1 pr-3">Month</th>
                <th scope="col" className="py-1 text-right">Spending</th>
              </tr>
            </thead>
            <tbody>
              {snapshot.spending.byMonth.map((row) => (
                <tr key={row.month} className="border-t border-slate-200 dark:border-slate-800">
                  <th scope="row" className="py-1 pr-3 font-normal">{formatMonth(row.month)}</th>
                  <td className="py-1 text-right tabular-nums">{money(row.spentMinor, snapshot.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ReportSection>
      ) : null}

      <ReportSection id="accounts" title="Accounts and ownership">
        <ul className="mt-2 grid gap-4">
          {snapshot.accounts.map((account) => (
            <li key={accountLabel(account)} className="break-inside-avoid border-t border-slate-200 pt-3 dark:border-slate-800">
              <div className="flex flex-wrap items-center gap-2">
                <h3 className="font-semibold">{accountLabel(account)}</h3>
                <OwnershipBadge status={account.ownership.status} />
              </div>
              <p className="text-sm">
                {account.accountType.toLowerCase()} · balance {balance(account)}
                {account.balanceAsOf ? ` as of ${formatDateTime(account.balanceAsOf)}` : ''}
              </p>
              <OwnershipDetails ownership={account.ownership} />
            </li>
          ))}
        </ul>
      </ReportSection>
    </article>
  );
}
