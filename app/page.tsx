import Link from 'next/link';
import { redirect } from 'next/navigation';
import { buttonClasses } from '@/components/ui/button';
import { getCurrentUser } from '@/lib/auth/current-user';

export default async function HomePage() {
  if (await getCurrentUser()) redirect('/dashboard');
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-2xl flex-col justify-center gap-6 px-6 py-16">
      <h1 className="text-4xl font-bold tracking-tight text-brand-700 dark:text-brand-100">Cashlens</h1>
      <p className="text-lg text-slate-700 dark:text-slate-300">
        Budgets, spending and cash flow from your real bank data, on a server you control. Link your Chase accounts, see where
        the money goes, and keep ten years of history fast.
      </p>
      <div className="flex flex-wrap gap-3">
        <Link href="/sign-up" className={buttonClasses('primary')}>
          Create an account
        </Link>
        <Link href="/sign-in" className={buttonClasses('secondary')}>
          Sign in
        </Link>
      </div>
    </main>
  );
}
