import { Card } from '@/components/ui/card';
import { Disclosure } from '@/components/ui/disclosure';
import { buttonClasses } from '@/components/ui/button';
import { DeleteAccountForm } from './delete-account-form';

/** Download everything, or delete the account. */
export function YourDataCard({ email }: { email: string }) {
  return (
    <Card title="Your data">
      <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">
        One ZIP with everything Cashlens holds about you: JSON for each kind of data, and CSV files of your transactions and accounts. Bank tokens and
        passwords are never included.
      </p>
      {/* A plain link: the browser downloads the archive as it streams. */}
      <a href="/api/export/everything" download className={buttonClasses('secondary')}>
        Download all my data
      </a>
      <div className="mt-6">
        <Disclosure title="Delete my account">
          <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">
            Every bank connection is revoked at the bank and all your data is deleted. This cannot be undone. Cashlens keeps only a record that an account
            was deleted, without your email address.
          </p>
          <DeleteAccountForm email={email} />
        </Disclosure>
      </div>
    </Card>
  );
}
