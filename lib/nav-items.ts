/**
 * The signed-in pages, in menu order. The navigation menu draws them and proxy.ts sends a visitor
 * without a session to sign in before any of them, so a page added here is protected too.
 * No imports: the proxy runs on the edge.
 */
export const NAV_ITEMS = [
  { href: '/dashboard', label: 'Dashboard' },
  { href: '/accounts', label: 'Accounts' },
  { href: '/transactions', label: 'Transactions' },
  { href: '/budgets', label: 'Budgets' },
  { href: '/goals', label: 'Goals' },
  { href: '/spending', label: 'Spending' },
  { href: '/cash-flow', label: 'Cash flow' },
  { href: '/alerts', label: 'Alerts' },
  { href: '/reports', label: 'Reports' },
  { href: '/workspace', label: 'Workspace' },
  { href: '/settings', label: 'Settings' },
] as const;

/** True for a signed-in page or anything below one (`/accounts/abc`), false for `/accountsx`. */
export function requiresSignIn(pathname: string): boolean {
  return NAV_ITEMS.some((item) => pathname === item.href || pathname.startsWith(`${item.href}/`));
}
