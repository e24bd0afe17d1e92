import { Card } from '@/components/ui/card';
import { Disclosure } from '@/components/ui/disclosure';
import { buttonClasses } from '@/components/ui/button';
import { DeleteAccountForm } from './delete-account-form';

/** Download everything (a workspace's owners), or delete the account (anyone, for themselves). */
export function YourDataCard({ email, canExport }: { email: string; canExport: boolean }) {
  return (
    <Card title="Your data">
      {canExport ? (
        <>
          <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">
            One ZIP with everything Cashlens holds in this workspace, and your own sign-in history: JSON for each kind of data, and CSV files of the
            transactions and accounts. Bank tokens and passwords are never included.
          </p>
          {/* A plain link: the browser downloads the archive as it streams. */}
          <a href="/api/export/everything" download className={buttonClasses('secondary')}>
            Download all my data
          </a>
        </>
      ) : null}
      <div className="mt-6">
        <Disclosure title="Delete my account">
          <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">
            Workspaces only you use are deleted with every bank connection in them revoked at the bank; you leave the ones you share. This cannot be
            undone. Cashlens keeps only a record that an account was deleted, without your email address.
          </p>
          <DeleteAccountForm email={email} />
        </Disclosure>
      </div>
    </Card>
  );
}
