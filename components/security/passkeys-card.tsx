import { Card } from '@/components/ui/card';
import type { CurrentUser } from '@/lib/auth/current-user';
import { listPasskeys } from '@/lib/auth/passkeys';
import { formatDateTime } from '@/lib/dates';
import { getDb } from '@/lib/db';
import { PasskeyRegisterForm } from './passkey-register-form';
import { RemovePasskeyForm } from './remove-passkey-form';

/** Settings → Security: passkeys, usable as the second step or to sign in without a password. */
export async function PasskeysCard({ user }: { user: CurrentUser }) {
  const passkeys = await listPasskeys(getDb(), user.id);
  return (
    <Card title="Passkeys">
      <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">
        A passkey on this device (or a security key) signs you in without a password, or stands in for a code after it.
      </p>
      {passkeys.length > 0 ? (
        <ul aria-label="Your passkeys" className="mb-4 divide-y divide-slate-200 dark:divide-slate-800">
          {passkeys.map((passkey) => (
            <li key={passkey.id} className="flex items-center justify-between gap-3 py-2 text-sm">
              <span>
                <span className="font-medium">{passkey.name}</span>
                <span className="block text-xs text-slate-600 dark:text-slate-400">
                  Added {formatDateTime(passkey.createdAt)}
                  {passkey.lastUsedAt ? ` · last used ${formatDateTime(passkey.lastUsedAt)}` : ''}
                </span>
              </span>
              <RemovePasskeyForm passkeyId={passkey.id} name={passkey.name} />
            </li>
          ))}
        </ul>
      ) : null}
      <PasskeyRegisterForm />
    </Card>
  );
}
