import { disconnectAction } from '@/lib/bank/actions';
import { Button } from '@/components/ui/button';

/** Disconnecting asks first what to do with the imported data; a native disclosure, no script needed. */
export function DisconnectForm({ connectionId, bankName }: { connectionId: string; bankName: string }) {
  return (
    <details className="group">
      <summary className="inline-flex min-h-10 cursor-pointer list-none items-center rounded-md px-4 py-2 text-sm font-medium text-red-700 hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-brand-500 dark:text-red-300 dark:hover:bg-red-950">
        Disconnect
      </summary>
      <form action={disconnectAction} className="mt-3 space-y-3 rounded-md border border-red-200 p-4 dark:border-red-900">
        <input type="hidden" name="connectionId" value={connectionId} />
        <fieldset>
          <legend className="text-sm font-medium">{bankName} will stop sharing with Cashlens. What should happen to the data already imported?</legend>
          <label className="mt-2 flex items-center gap-2 text-sm">
            <input type="radio" name="keepData" value="keep" defaultChecked className="h-4 w-4" /> Keep the accounts and transactions
          </label>
          <label className="mt-1 flex items-center gap-2 text-sm">
            <input type="radio" name="keepData" value="delete" className="h-4 w-4" /> Delete them from Cashlens
          </label>
        </fieldset>
        <Button type="submit" variant="danger">
          Disconnect {bankName}
        </Button>
      </form>
    </details>
  );
}
