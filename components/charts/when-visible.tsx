'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Renders `children` (a chart) only once its box comes within a screen of the viewport. Until then
 * a plain box of exactly the chart's size holds the place, so nothing moves when the chart arrives
 * and a chart below the fold costs no JavaScript, rendering or main-thread time at page load.
 */
export function WhenVisible({ heightClass, children }: { heightClass: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        setVisible(true);
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  if (visible) return children;
  return <ChartPlaceholder heightClass={heightClass} ref={box} />;
}

export function ChartPlaceholder({ heightClass, ref }: { heightClass: string; ref?: React.Ref<HTMLDivElement> }) {
  return <div ref={ref} aria-hidden="true" className={`${heightClass} w-full rounded bg-slate-50 dark:bg-slate-800/40`} />;
}
