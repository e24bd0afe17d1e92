// The bank's pages open in a window sized like a phone: the web counterpart of the embedded
// browser a mobile app would use. Returns null when the browser blocked the popup.
const WIDTH = 420;
const HEIGHT = 720;

export function openPhoneSizedWindow(url: string, name: string): Window | null {
  const left = Math.max(0, Math.round(window.screenX + (window.outerWidth - WIDTH) / 2));
  const top = Math.max(0, Math.round(window.screenY + (window.outerHeight - HEIGHT) / 2));
  return window.open(url, name, `popup=yes,width=${WIDTH},height=${HEIGHT},left=${left},top=${top}`);
}

/** Phones get the full-page flow: a popup there is just a new tab that is easy to lose. */
export function prefersFullPage(): boolean {
  return window.matchMedia('(max-width: 640px)').matches;
}

export const BANK_LINK_MESSAGE = 'cashlens:bank-link';
export type BankLinkMessage = { type: typeof BANK_LINK_MESSAGE; query: string };
