import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { PasskeyButton } from '@/components/auth/passkey-button';
import { SignInForm } from '@/components/auth/sign-in-form';
import { FormMessage } from '@/components/ui/form-message';
import { getCurrentUser } from '@/lib/auth/current-user';
import { toSafeRedirectPath } from '@/lib/auth/safe-redirect';
import { signedOutMessage } from '@/lib/auth/signed-out';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = typeof params.callbackUrl === 'string' ? toSafeRedirectPath(params.callbackUrl) : undefined;
  if (await getCurrentUser()) redirect(callbackUrl ?? '/dashboard');
  const signedOut = signedOutMessage(params.signedOut);
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Sign in</h1>
      <div className="mb-4">
        <FormMessage message={signedOut} tone="success" />
      </div>
      <SignInForm callbackUrl={callbackUrl} />
      <div className="mt-6 space-y-2">
        {/* Named apart from the password form: "Sign in" names its button, "Password" its field. */}
        <h2 className="text-sm font-medium">Or sign in with a passkey</h2>
        <PasskeyButton mode="sign-in" callbackUrl={callbackUrl} label="Use a passkey" />
      </div>
      <p className="mt-6 text-sm text-slate-600 dark:text-slate-400">
        New to Cashlens?{' '}
        <Link href="/sign-up" className="font-medium text-brand-600 underline dark:text-brand-100">
          Create an account
        </Link>
      </p>
    </>
  );
}
