'use client';

import { useRouter } from 'next/navigation';
import { useEffect, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { useHydrated } from '@/components/ui/use-hydrated';
import { BANK_LINK_MESSAGE, openPhoneSizedWindow, prefersFullPage, type BankLinkMessage } from '@/components/accounts/popup-window';

type Props = { label: string; institution?: string; reconnectConnectionId?: string; variant?: 'primary' | 'secondary'; children?: ReactNode };

/**
 * Opens the bank's consent in a popup, or the whole page on phones and when popups are blocked.
 * The popup's last page (/bank/done) posts the outcome here, and this page updates itself.
 */
export function ConnectBankButton({ label, institution, reconnectConnectionId, variant = 'primary', children }: Props) {
  const router = useRouter();
  const hydrated = useHydrated();

  useEffect(() => {
    function onMessage(event: MessageEvent) {
      if (event.origin !== window.location.origin) return;
      const data = event.data as Partial<BankLinkMessage> | null;
      if (data?.type !== BANK_LINK_MESSAGE || typeof data.query !== 'string') return;
      router.replace(`/accounts?${data.query}`);
      router.refresh();
    }
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [router]);

  function start() {
    const query = new URLSearchParams();
    if (reconnectConnectionId) query.set('reconnect', reconnectConnectionId);
    else if (institution) query.set('institution', institution);
    if (prefersFullPage()) {
      query.set('mode', 'page');
      // A full navigation on purpose: the route handler redirects to the bank's own site.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.assign(`/api/bank/connect?${query.toString()}`);
      return;
    }
    query.set('mode', 'popup');
    const popup = openPhoneSizedWindow(`/api/bank/connect?${query.toString()}`, 'cashlens-bank');
    if (!popup) {
      query.set('mode', 'page');
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.assign(`/api/bank/connect?${query.toString()}`);
    }
  }

  return (
    <Button type="button" variant={variant} onClick={start} disabled={!hydrated}>
      {children}
      {label}
    </Button>
  );
}
