'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import type { FirstSyncBanner as FirstSyncView } from '@/lib/sync/banner-view';

const pollMs = 2_000;

/**
 * Server-rendered with the first sync's progress; while it runs, asks the server for fresh figures
 * every two seconds. When the sync is done the page is refreshed and the banner is gone.
 */
export function FirstSyncBanner({ initial }: { initial: FirstSyncView }) {
  const router = useRouter();
  const [view, setView] = useState<FirstSyncView | null>(initial);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const response = await fetch('/api/sync-progress', { cache: 'no-store' });
        if (response.ok) {
          const body = (await response.json()) as { firstSync: FirstSyncView | null };
          if (stopped) return;
          setView(body.firstSync);
          if (!body.firstSync) {
            router.refresh();
            return;
          }
        }
      } catch {
        // offline for a moment: try again at the next tick
      }
      if (!stopped) timer = setTimeout(poll, pollMs);
    };
    timer = setTimeout(poll, pollMs);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [router]);
  if (!view) return null;
  return (
    <section aria-label="First sync" className="mb-4 rounded-lg border border-brand-300 bg-brand-50 px-4 py-3 text-sm text-slate-900 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-100">
      <p role="status">{view.text}</p>
      <progress className="mt-2 h-2 w-full accent-brand-700" max={100} value={view.percent} aria-label="First sync progress">
        {view.percent}%
      </progress>
      <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">{view.transactionsImported.toLocaleString('en-US')} transactions so far. You can keep using Cashlens meanwhile.</p>
    </section>
  );
}
