import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Account deleted' };

export default function GoodbyePage() {
  return (
    <div className="space-y-3 text-sm">
      <h1 className="text-xl font-semibold">Your account is deleted</h1>
      <p>
        Your data is gone and your bank connections were revoked at the bank. Cashlens keeps only a record that an account was deleted, without your
        email address or any of your data.
      </p>
      <p>
        <Link href="/sign-up" className="text-brand-700 underline dark:text-brand-100">
          Create a new account
        </Link>
      </p>
    </div>
  );
}
