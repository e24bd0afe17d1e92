import { Button } from '@/components/ui/button';
import { WriteOnly } from '@/components/workspaces/workspace-role';
import { formatDateTime } from '@/lib/dates';
import { decideAlertAction } from '@/lib/monitoring/actions';
import type { AlertView } from '@/lib/monitoring/alerts';
import { formatMoney } from '@/lib/money';
import { SeverityBadge } from './severity-badge';

const STATUS_TEXT = { confirmed_mine: 'You said this was you.', reported_fraud: 'You reported this as fraud. Call your bank to block the card if you have not yet.' } as const;

function DecisionButton({ alertId, decision, label, variant }: { alertId: string; decision: string; label: string; variant: 'primary' | 'secondary' | 'danger' | 'ghost' }) {
  return (
    <form action={decideAlertAction}>
      <input type="hidden" name="alertId" value={alertId} />
      <input type="hidden" name="decision" value={decision} />
      <Button type="submit" variant={variant}>
        {label}
      </Button>
    </form>
  );
}

export function AlertItem({ alert }: { alert: AlertView }) {
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900" aria-labelledby={`alert-${alert.id}`}>
      <div className="flex flex-wrap items-center gap-2">
        <SeverityBadge severity={alert.severity} />
        <h2 id={`alert-${alert.id}`} className="font-semibold">
          {alert.title}
        </h2>
        {alert.status === 'unread' ? <span className="text-xs font-medium text-brand-700 dark:text-brand-100">New</span> : null}
      </div>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {formatDateTime(alert.occurredAt)}{alert.accountName ? ` · ${alert.accountName}` : ''}
        {alert.amountMinor !== null && alert.currency ? ` · ${formatMoney(alert.amountMinor < 0n ? -alert.amountMinor : alert.amountMinor, alert.currency)}` : ''}
      </p>
      <p className="mt-2 text-sm">{alert.explanation}</p>
      {alert.status === 'unread' ? (
        <WriteOnly>
          <div className="mt-3 flex flex-wrap gap-2">
            <DecisionButton alertId={alert.id} decision="confirmed_mine" label="This was me" variant="secondary" />
            <DecisionButton alertId={alert.id} decision="reported_fraud" label="Report as fraud" variant="danger" />
          </div>
        </WriteOnly>
      ) : (
        <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
          <p role="status">{STATUS_TEXT[alert.status]}</p>
          <WriteOnly>
            <DecisionButton alertId={alert.id} decision="unread" label="Undo" variant="ghost" />
          </WriteOnly>
        </div>
      )}
    </li>
  );
}
