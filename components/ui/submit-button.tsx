import type { ReactNode } from 'react';
import { Button } from './button';

/** A form's submit button: disabled while the action runs, with a label that says what is happening. */
export function SubmitButton({ pending, busyLabel = 'Saving…', variant, className, children }: { pending: boolean; busyLabel?: string; variant?: 'primary' | 'secondary' | 'danger'; className?: string; children: ReactNode }) {
  return (
    <Button type="submit" variant={variant} disabled={pending} className={className}>
      {pending ? busyLabel : children}
    </Button>
  );
}
