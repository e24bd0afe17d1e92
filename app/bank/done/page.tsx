import type { Metadata } from 'next';
import Link from 'next/link';
import { PopupResult } from '@/components/accounts/popup-result';
import { bankErrorMessage, bankNoticeMessage } from '@/lib/bank/connect-errors';

export const metadata: Metadata = { title: 'Linking your bank', referrer: 'no-referrer' };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function BankDonePage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const notice = typeof params.bank === 'string' && bankNoticeMessage(params.bank) ? params.bank : undefined;
  const error = typeof params.bank_error === 'string' ? params.bank_error : undefined;
  const query = new URLSearchParams(notice ? { bank: notice } : error ? { bank_error: error } : {}).toString();
  const message = bankNoticeMessage(notice) ?? bankErrorMessage(error) ?? 'Something went wrong while linking your bank.';
  return (
    <main id="main" className="mx-auto mt-16 max-w-sm px-4 text-center">
      <p role="status" className="text-base">
        {message}
      </p>
      <PopupResult query={query} />
      <Link href={`/accounts?${query}`} className="mt-4 inline-block text-brand-600 underline">
        Back to your accounts
      </Link>
    </main>
  );
}
