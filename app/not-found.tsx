import Link from 'next/link';

export default function NotFound() {
  return (
    <main id="main" className="mx-auto mt-20 max-w-md px-4 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">There is nothing here, or it is not yours to see.</p>
      <Link href="/dashboard" className="mt-4 inline-block text-brand-600 underline">
        Go to the dashboard
      </Link>
    </main>
  );
}
