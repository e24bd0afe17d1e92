'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { useHydrated } from '@/components/ui/use-hydrated';
import { openPhoneSizedWindow } from '@/components/accounts/popup-window';
import { refreshSharingAction } from '@/lib/bank/actions';

const CLOSED_POLL_MS = 500;

/**
 * Opens the bank's Security Center. When the person closes it, Cashlens re-reads what is shared,
 * so changes made there (or a revoked app) show here at once.
 */
export function ManageSharingButton({ url, connectionId, bankName }: { url: string; connectionId: string; bankName: string }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [pending, startTransition] = useTransition();

  function refreshAfterReturn() {
    startTransition(async () => {
      await refreshSharingAction(connectionId);
      router.refresh();
    });
  }

  function open() {
    const popup = openPhoneSizedWindow(url, 'cashlens-security-center');
    if (!popup) {
      window.location.assign(url);
      return;
    }
    const timer = window.setInterval(() => {
      if (popup.closed) {
        window.clearInterval(timer);
        refreshAfterReturn();
      }
    }, CLOSED_POLL_MS);
  }

  return (
    <Button type="button" variant="secondary" onClick={open} disabled={pending || !hydrated}>
      {pending ? 'Checking what is shared…' : `Manage sharing at ${bankName}`}
    </Button>
  );
}
