'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireWorkspace } from '@/lib/workspaces/current-workspace';
import { getDb } from '@/lib/db';
import { readField, readFields, runFormAction, type FormState } from '@/lib/forms';
import { detectFileFormat } from './detect-file-format';
import { importFile } from './import-file';
import { fieldsToMapping, mappingFieldNames } from './mapping-fields';
import { readTextHead } from './read-text-head';
import { undoImport } from './undo-import';
import { findUpload, removeUpload } from './upload-store';

// The import page's two writes: commit the previewed file, and undo an earlier import. A bad file
// comes back as the form's message ("Line 4,812: …"), with nothing written.

function revalidateMoneyPages(): void {
  for (const path of ['/accounts', '/dashboard', '/budgets', '/transactions', '/cash-flow']) revalidatePath(path);
}

export async function commitImportAction(_: FormState, form: FormData): Promise<FormState> {
  const actor = await requireWorkspace('write');
  const accountId = readField(form, 'accountId');
  const token = readField(form, 'upload');
  let done = '';
  const state = await runFormAction(async () => {
    const upload = await findUpload(actor.workspaceId, token);
    const format = detectFileFormat(await readTextHead(upload.open()), upload.fileName);
    let mapping;
    if (format === 'csv') {
      const result = fieldsToMapping(readFields(form, mappingFieldNames, 20_000));
      if (!result.ok) return { message: result.message, submission: Date.now() };
      mapping = result.mapping;
    }
    const started = performance.now();
    const summary = await importFile(getDb(), actor.workspaceId, accountId, { fileName: upload.fileName, format, open: upload.open, ...(mapping ? { mapping } : {}) });
    const seconds = (performance.now() - started) / 1000;
    await removeUpload(actor.workspaceId, token);
    revalidateMoneyPages();
    const rate = Math.round((summary.added + summary.skipped) / Math.max(seconds, 0.001));
    done = `?imported=${summary.added}&skipped=${summary.skipped}&rate=${rate}`;
    return { ok: true };
  });
  if (done) redirect(`/accounts/${encodeURIComponent(accountId)}/import${done}`);
  return state;
}

export async function undoImportAction(_: FormState, form: FormData): Promise<FormState> {
  const actor = await requireWorkspace('write');
  return runFormAction(async () => {
    await undoImport(getDb(), actor.workspaceId, readField(form, 'batchId'));
    revalidateMoneyPages();
    return { ok: true, message: 'Import undone.', submission: Date.now() };
  });
}
