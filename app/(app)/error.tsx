'use client';

import { Button } from '@/components/ui/button';

export default function SignedInError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto mt-10 max-w-md text-center">
      <h1 className="text-xl font-semibold">Something went wrong on our side</h1>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">Your data is safe. Try again, and if it keeps happening, check the server log.</p>
      <Button className="mt-4" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
