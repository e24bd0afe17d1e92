'use client';

import { useEffect } from 'react';
import { BANK_LINK_MESSAGE, type BankLinkMessage } from '@/components/accounts/popup-window';

/** Last page of the popup: hand the outcome to the page that opened it, then close. */
export function PopupResult({ query }: { query: string }) {
  useEffect(() => {
    const opener = window.opener as Window | null;
    if (opener && opener !== window) {
      try {
        opener.postMessage({ type: BANK_LINK_MESSAGE, query } satisfies BankLinkMessage, window.location.origin);
        window.close();
        return;
      } catch {
        // The opener is gone or elsewhere: continue in this window.
      }
    }
    window.location.replace(`/accounts?${query}`);
  }, [query]);
  return null;
}
