import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionButtonForm } from '@/components/accounts/action-form';
import { CommitImportForm } from '@/components/import/commit-import-form';
import { UploadFileForm } from '@/components/import/upload-file-form';
import { PageHeader } from '@/components/shell/page-header';
import { Money } from '@/components/transactions/money';
import { buttonClasses } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { requireWorkspace } from '@/lib/workspaces/current-workspace';
import { formatDate, formatDateTime } from '@/lib/dates';
import { getDb } from '@/lib/db';
import { AppError, NotFoundError } from '@/lib/errors';
import { undoImportAction } from '@/lib/import/actions';
import type { CsvMapping } from '@/lib/import/csv/csv-mapping';
import { proposeCsvMapping } from '@/lib/import/csv/propose-csv-mapping';
import { detectFileFormat } from '@/lib/import/detect-file-format';
import { importFile, requireImportAccount, type DuplicateRule, type ImportSummary } from '@/lib/import/import-file';
import { fieldsToMapping, mappingFieldNames, mappingToFields, type MappingFields } from '@/lib/import/mapping-fields';
import { DATE_FORMATS } from '@/lib/import/parse-date';
import { readTextHead } from '@/lib/import/read-text-head';
import { listImports } from '@/lib/import/undo-import';
import { findUpload } from '@/lib/import/upload-store';

// Import a bank file into one account: choose the file → (CSV) say which columns are which →
// preview what would be added and what is skipped as a duplicate, and why → import. Each step is
// this server page with the stored upload's token in the address; past imports can be undone.

export const metadata: Metadata = { title: 'Import a file' };

type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : '');

const ruleLabels: Record<DuplicateRule, string> = {
  external_id: 'same bank id (FITID or reference) as a row already on the account',
  external_id_in_file: 'same bank id twice in this file',
  similar: 'same date (±3 days), amount and description as a row already on the account',
};

export default async function ImportPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Search }) {
  const actor = await requireWorkspace('write');
  const { id } = await params;
  const search = await searchParams;
  // Another workspace's account, a missing one or an investment account: the page does not exist.
  const account = await requireImportAccount(getDb(), actor.workspaceId, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const name = (await getDb().bankAccount.findUniqueOrThrow({ where: { id: account.id }, select: { name: true } })).name;
  const token = one(search.upload);
  const history = await listImports(getDb(), actor.workspaceId, id);
  const imported = one(search.imported);

  return (
    <>
      <PageHeader title={`Import into ${name}`}>
        <Link href="/accounts" className={buttonClasses('secondary')}>
          Back to accounts
        </Link>
      </PageHeader>
      <div className="max-w-3xl space-y-6">
        {imported ? (
          <FormMessage tone="success" message={`Imported ${imported} new transactions; ${one(search.skipped)} skipped as duplicates (${Number(one(search.rate)).toLocaleString('en-US')} rows/s).`} />
        ) : null}
        <section aria-labelledby="step-title" className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6 dark:border-slate-800 dark:bg-slate-900">
          {token ? <UploadSteps userId={actor.workspaceId} accountId={account.id} token={token} search={search} /> : (
            <>
              <h2 id="step-title" className="mb-3 text-base font-semibold">1. Choose a file</h2>
              <UploadFileForm accountId={account.id} />
            </>
          )}
        </section>
        <section aria-labelledby="history-title">
          <h2 id="history-title" className="mb-2 text-base font-semibold">Past imports</h2>
          {history.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">No files imported into this account yet.</p> : (
            <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
              {history.map((batch) => (
                <li key={batch.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                  <span>
                    <span className="font-medium">{batch.fileName}</span> · {formatDateTime(batch.createdAt)} · {batch.rowCount} added, {batch.skippedCount} skipped
                    {batch.status === 'undone' ? ' · undone' : ''}
                  </span>
                  {batch.status === 'committed' ? (
                    <ActionButtonForm action={undoImportAction} fields={{ batchId: batch.id }} label="Undo" name={`Undo the import of ${batch.fileName}`} pendingLabel="Undoing…" variant="secondary" />
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}

async function UploadSteps({ userId, accountId, token, search }: { userId: string; accountId: string; token: string; search: Record<string, string | string[] | undefined> }) {
  let upload;
  try {
    upload = await findUpload(userId, token);
  } catch {
    return <Restart message="That upload has expired or was already imported. Choose the file again." accountId={accountId} />;
  }
  const head = await readTextHead(upload.open());
  const format = detectFileFormat(head, upload.fileName);
  const given = Object.fromEntries(mappingFieldNames.map((field) => [field, one(search[field])])) as MappingFields;
  let mapping: CsvMapping | undefined;
  let mappingError: string | undefined;
  if (format === 'csv') {
    if (one(search.step) === 'preview') {
      const result = fieldsToMapping(given);
      if (result.ok) mapping = result.mapping;
      else mappingError = result.message;
    }
    if (!mapping) {
      const saved = await getDb().importMapping.findUnique({ where: { accountId }, select: { mappingJson: true } });
      const proposal = saved ? { mapping: JSON.parse(saved.mappingJson) as CsvMapping, note: 'The mapping you used last time for this account.' } : proposeCsvMapping(head);
      const fields = one(search.step) ? given : proposal ? mappingToFields(proposal.mapping) : mappingToFields({ date: '', description: '', amount: '', dateFormat: 'detect', decimalSeparator: '.', sign: 'normal', delimiter: ',' });
      return <MappingStep token={token} fileName={upload.fileName} fields={fields} note={proposal?.note} error={mappingError} />;
    }
  }
  let summary: ImportSummary;
  try {
    summary = await importFile(getDb(), userId, accountId, { fileName: upload.fileName, format, open: upload.open, ...(mapping ? { mapping } : {}) }, { dryRun: true });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return (
      <>
        <h2 id="step-title" className="mb-3 text-base font-semibold">Preview of {upload.fileName}</h2>
        <FormMessage message={error.message} />
        <p className="mt-3 flex flex-wrap gap-3 text-sm">
          {format === 'csv' ? <Link className="underline" href={`?upload=${token}`}>Change the column mapping</Link> : null}
          <Link className="underline" href="?">Choose another file</Link>
        </p>
      </>
    );
  }
  const commitFields = { accountId, upload: token, ...(mapping ? mappingToFields(mapping) : {}) };
  return (
    <>
      <h2 id="step-title" className="mb-1 text-base font-semibold">{format === 'csv' ? '3' : '2'}. Preview of {upload.fileName}</h2>
      <p className="text-sm" data-testid="import-counts">
        {summary.added} new, {summary.skipped} duplicates skipped · {format.toUpperCase()} · {summary.firstDay ? `${formatDate(summary.firstDay)} – ${formatDate(summary.lastDay ?? summary.firstDay)}` : ''}
      </p>
      {summary.skipped > 0 ? (
        <ul className="mt-2 list-disc pl-5 text-sm text-slate-600 dark:text-slate-400">
          {(Object.keys(ruleLabels) as DuplicateRule[]).filter((rule) => summary.skippedBy[rule] > 0).map((rule) => (
            <li key={rule}>{summary.skippedBy[rule]} skipped: {ruleLabels[rule]}</li>
          ))}
        </ul>
      ) : null}
      <div className="mt-3 overflow-x-auto" tabIndex={0} role="group" aria-label="First rows of the file">
        <table className="w-full text-sm">
          <caption className="sr-only">First rows of the file, by date</caption>
          <thead>
            <tr className="text-left text-slate-600 dark:text-slate-400">
              <th scope="col" className="py-1 pr-2">Line</th><th scope="col" className="py-1 pr-2">Date</th><th scope="col" className="py-1 pr-2">Description</th>
              <th scope="col" className="py-1 pr-2 text-right">Amount</th><th scope="col" className="py-1">Status</th>
            </tr>
          </thead>
          <tbody>
            {summary.sample.map((row) => (
              <tr key={row.line} className="border-t border-slate-100 dark:border-slate-800">
                <td className="py-1 pr-2">{row.line}</td><td className="py-1 pr-2 whitespace-nowrap">{formatDate(row.bookedOn)}</td><td className="py-1 pr-2">{row.description}</td>
                <td className="py-1 pr-2 text-right"><Money minor={row.amountMinor} currency="USD" /></td>
                <td className="py-1">{row.duplicate ? 'Duplicate' : 'New'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-4 flex flex-wrap items-end gap-3">
        <CommitImportForm fields={commitFields} label={summary.added > 0 ? `Import ${summary.added} transactions` : 'Record the import (nothing new)'} />
        {format === 'csv' ? <Link className="text-sm underline" href={`?upload=${token}`}>Change the column mapping</Link> : null}
      </div>
    </>
  );
}

function Restart({ message, accountId }: { message: string; accountId: string }) {
  return (
    <>
      <h2 id="step-title" className="mb-3 text-base font-semibold">1. Choose a file</h2>
      <FormMessage message={message} />
      <div className="mt-3"><UploadFileForm accountId={accountId} /></div>
    </>
  );
}

const selectClass = 'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base dark:border-slate-600 dark:bg-slate-900';
const inputClass = selectClass;

function Field({ name, label, value, hint }: { name: string; label: string; value: string; hint?: string }) {
  return (
    <div className="space-y-1">
      <label htmlFor={`map-${name}`} className="block text-sm font-medium">{label}</label>
      <input id={`map-${name}`} name={name} defaultValue={value} className={inputClass} aria-describedby={hint ? `map-${name}-hint` : undefined} />
      {hint ? <p id={`map-${name}-hint`} className="text-xs text-slate-600 dark:text-slate-400">{hint}</p> : null}
    </div>
  );
}

function Choice({ name, label, value, options }: { name: string; label: string; value: string; options: [string, string][] }) {
  return (
    <div className="space-y-1">
      <label htmlFor={`map-${name}`} className="block text-sm font-medium">{label}</label>
      <select id={`map-${name}`} name={name} defaultValue={value} className={selectClass}>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </div>
  );
}

function MappingStep({ token, fileName, fields, note, error }: { token: string; fileName: string; fields: MappingFields; note?: string; error?: string }) {
  const columnHint = 'A header name as in the file, or a column number counting from 0.';
  return (
    <form method="get" className="space-y-4">
      <h2 id="step-title" className="text-base font-semibold">2. Which columns are which in {fileName}</h2>
      {note ? <p className="text-sm text-slate-600 dark:text-slate-400">{note}</p> : null}
      <FormMessage message={error} />
      <input type="hidden" name="upload" value={token} />
      <input type="hidden" name="step" value="preview" />
      <input type="hidden" name="base" value={fields.base} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="date" label="Date column" value={fields.date} hint={columnHint} />
        <Field name="description" label="Description column" value={fields.description} />
        <Field name="amount" label="Amount column (signed)" value={fields.amount} hint="Leave empty when the file has debit and credit columns." />
        <Field name="reference" label="Reference column (optional)" value={fields.reference} hint="A bank id per row; used to recognise duplicates." />
        <Field name="debit" label="Debit column" value={fields.debit} />
        <Field name="credit" label="Credit column" value={fields.credit} />
        <Choice name="dateFormat" label="Date format" value={fields.dateFormat} options={[['detect', 'Detect from the file'], ...DATE_FORMATS.map((f): [string, string] => [f, f])]} />
        <Choice name="decimalSeparator" label="Amounts are written like" value={fields.decimalSeparator} options={[['.', '1,234.56'], [',', '1.234,56']]} />
        <Choice name="sign" label="Money out is shown as" value={fields.sign} options={[['normal', 'negative (−12.00 or (12.00))'], ['inverted', 'positive (card exports)']]} />
        <Choice name="delimiter" label="Columns are separated by" value={fields.delimiter} options={[[',', 'comma'], [';', 'semicolon'], ['tab', 'tab'], ['|', 'bar']]} />
      </div>
      <button type="submit" className={buttonClasses('primary')}>Preview</button>
    </form>
  );
}
