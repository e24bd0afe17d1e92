'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';

// Step 1: the file goes to /api/import as the request body (streamed to disk, capped at 50 MB),
// then the page continues with the stored file's token. A refusal is shown here, not as an error page.

const MAX_BYTES = 50 * 1024 * 1024;

export function UploadFileForm({ accountId }: { accountId: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<string>();
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get('file');
    if (!(file instanceof File) || file.size === 0) return setMessage('Choose a file to import.');
    if (file.size > MAX_BYTES) return setMessage(`The file is ${Math.round(file.size / 1024 / 1024)} MB; an import takes at most 50 MB.`);
    setPending(true);
    setMessage(undefined);
    try {
      const response = await fetch(`/api/import?accountId=${encodeURIComponent(accountId)}`, { method: 'POST', body: file, headers: { 'x-file-name': encodeURIComponent(file.name) } });
      const body = (await response.json().catch(() => null)) as { token?: string; error?: { message: string } } | null;
      if (!response.ok || !body?.token) throw new Error(body?.error?.message ?? 'The upload failed. Please try again.');
      router.push(`/accounts/${accountId}/import?upload=${body.token}`);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'The upload failed. Please try again.');
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-3">
      <div className="space-y-1">
        <label htmlFor="import-file" className="block text-sm font-medium">
          Bank file (CSV, OFX, QFX or QIF, up to 50 MB)
        </label>
        <input id="import-file" name="file" type="file" accept=".csv,.txt,.ofx,.qfx,.qif,text/csv" required className="block w-full text-sm" />
      </div>
      <FormMessage message={message} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Uploading…' : 'Continue'}
      </Button>
    </form>
  );
}
