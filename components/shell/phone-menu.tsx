'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The phone's "Menu": a native <details>, so it opens without JavaScript and from the keyboard.
 * Once the page is interactive it also closes when a link in it navigates, on Escape (focus goes
 * back to the button) and on a tap outside it, as people expect of a menu.
 */
export function PhoneMenu({ children }: { children: ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname]);

  useEffect(() => {
    const close = (returnFocus: boolean) => {
      const details = menu.current;
      if (!details?.open) return;
      details.open = false;
      if (returnFocus) details.querySelector('summary')?.focus();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close(true);
    };
    const onPointer = (event: PointerEvent) => {
      if (menu.current && event.target instanceof Node && !menu.current.contains(event.target)) close(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, []);

  return (
    <details ref={menu} className="group">
      <summary className="inline-flex min-h-10 cursor-pointer list-none items-center rounded-md border border-slate-300 px-3 py-1 text-sm focus-visible:outline-2 focus-visible:outline-brand-500 dark:border-slate-600">
        Menu
      </summary>
      <nav aria-label="Main" className="absolute inset-x-0 top-full z-40 border-b border-slate-200 bg-white px-2 pb-3 pt-2 shadow-md dark:border-slate-800 dark:bg-slate-900">
        {children}
      </nav>
    </details>
  );
}
