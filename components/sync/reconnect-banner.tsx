import Link from 'next/link';
import { WriteOnly } from '@/components/workspaces/workspace-role';
import type { ReconnectBanner as ReconnectView } from '@/lib/sync/banner-view';

/** A connection the bank stopped accepting: says so once, with the bank's own words once. */
export function ReconnectBanner({ view }: { view: ReconnectView }) {
  return (
    <section aria-label="Reconnect needed" className="mb-4 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      <p className="font-medium">{view.text}</p>
      {view.messages.map((message) => (
        <p key={message} className="mt-1">
          The bank said: &ldquo;{message}&rdquo;
        </p>
      ))}
      <WriteOnly fallback={<p className="mt-2">An owner or member of this workspace can reconnect it.</p>}>
        <p className="mt-2">
          <Link href="/accounts" className="font-medium underline">Reconnect on the Accounts page</Link>
        </p>
      </WriteOnly>
    </section>
  );
}
