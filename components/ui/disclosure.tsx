import type { ReactNode } from 'react';

/** A titled section that stays folded until opened (native <details>: no JavaScript, keyboard-ready). */
export function Disclosure({ title, className = '', children }: { title: string; className?: string; children: ReactNode }) {
  return (
    <details className={className}>
      <summary className="cursor-pointer text-sm font-medium">{title}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}
