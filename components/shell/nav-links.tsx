'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { NAV_ITEMS } from '@/lib/nav-items';

/**
 * `unreadAlerts` and `reconnectNeeded` (connections to reconnect) are counted on the server by the
 * signed-in layout; shown as badges on Alerts and Accounts.
 */
export function NavLinks({ unreadAlerts = 0, reconnectNeeded = 0 }: { unreadAlerts?: number; reconnectNeeded?: number }) {
  const pathname = usePathname();
  return (
    <ul className="space-y-1">
      {NAV_ITEMS.map((item) => {
        const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current ? 'page' : undefined}
              className="block rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-500 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-700 dark:text-slate-200 dark:hover:bg-slate-800 dark:aria-[current=page]:bg-slate-800 dark:aria-[current=page]:text-white"
            >
              {item.label}
              {item.href === '/alerts' && unreadAlerts > 0 ? (
                <>
                  <span className="sr-only">, {unreadAlerts} unread</span>
                  <span aria-hidden="true" className="ml-2 inline-flex min-w-5 justify-center rounded-full bg-red-700 px-1.5 text-xs font-semibold text-white">
                    {unreadAlerts > 99 ? '99+' : unreadAlerts}
                  </span>
                </>
              ) : null}
              {item.href === '/accounts' && reconnectNeeded > 0 ? (
                <>
                  <span className="sr-only">, {reconnectNeeded === 1 ? '1 connection needs' : `${reconnectNeeded} connections need`} reconnecting</span>
                  <span aria-hidden="true" className="ml-2 inline-flex justify-center rounded-full bg-amber-100 px-1.5 text-xs font-semibold text-amber-950 dark:bg-amber-900 dark:text-amber-50">
                    Reconnect
                  </span>
                </>
              ) : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
