import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { getCurrentUser } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Create an account' };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect('/dashboard');
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Create your account</h1>
      <SignUpForm />
      <p className="mt-6 text-sm text-slate-600 dark:text-slate-400">
        Already have an account?{' '}
        <Link href="/sign-in" className="font-medium text-brand-600 underline dark:text-brand-100">
          Sign in
        </Link>
      </p>
    </>
  );
}
