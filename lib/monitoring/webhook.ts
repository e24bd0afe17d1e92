import { createHmac } from 'node:crypto';
import { trackBackgroundWork } from '@/lib/background-work';
import type { Db } from '@/lib/db';
import type { AlertDraft } from './types';
import { log } from '@/lib/log';
import { allowsLocalWebhooks } from './webhook-address';
import { postWebhook, WebhookRefusedError, type Resolve } from './webhook-request';

// Alerts pushed to the user's webhook. Never on the sync's path: the sync starts a delivery and
// moves on; the delivery has its own time limit and its outcome is recorded in WebhookDelivery.
// Private, loopback and link-local addresses are refused, also after DNS and on redirects
// (./webhook-request.ts).
//
// Signature: header `Cashlens-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`
// with the secret shown in Settings; receivers recompute it and refuse stale timestamps.

export const WEBHOOK_TIMEOUT_MS = 5_000;
const inFlight = new Set<Promise<void>>();

export function signWebhookBody(secret: string, body: string, timestamp: number): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

type Target = { workspaceId: string; url: string; secret: string };

/** Tests choose the address policy and answer DNS themselves; the app uses the defaults. */
export type DeliveryOptions = { allowLocal?: boolean; resolve?: Resolve };

async function deliver(db: Db, target: Target, alerts: AlertDraft[], options: DeliveryOptions): Promise<void> {
  const body = JSON.stringify({
    type: 'alerts.created',
    alerts: alerts.map((alert) => ({ ...alert, amountMinor: alert.amountMinor?.toString() ?? null, occurredAt: alert.occurredAt.toISOString() })),
  });
  const delivery = await db.webhookDelivery.create({ data: { workspaceId: target.workspaceId, url: target.url, alertCount: alerts.length, status: 'pending' } });
  let outcome: { status: string; responseStatus?: number; error?: string };
  try {
    const status = await postWebhook(target.url, {
      headers: { 'content-type': 'application/json', 'user-agent': 'Cashlens-Webhook/1', 'cashlens-signature': signWebhookBody(target.secret, body, Math.floor(Date.now() / 1000)) },
      body,
      allowLocal: options.allowLocal ?? allowsLocalWebhooks(),
      resolve: options.resolve,
      timeoutMs: WEBHOOK_TIMEOUT_MS,
    });
    outcome = status >= 200 && status < 300 ? { status: 'delivered', responseStatus: status } : { status: 'failed', responseStatus: status, error: `HTTP ${status}` };
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    if (error instanceof WebhookRefusedError) outcome = { status: 'failed', error: error.message.slice(0, 200) };
    else outcome = { status: 'failed', error: timedOut ? `no answer within ${WEBHOOK_TIMEOUT_MS / 1000} s` : 'could not connect' };
  }
  await db.webhookDelivery.update({ where: { id: delivery.id }, data: { ...outcome, finishedAt: new Date() } });
}

/** Starts a delivery and returns at once; failures are recorded, never thrown. */
export function queueWebhookDelivery(db: Db, target: Target, alerts: AlertDraft[], options: DeliveryOptions = {}): void {
  if (alerts.length === 0) return;
  const job = deliver(db, target, alerts, options)
    .catch((error: unknown) => log.error('monitoring: webhook delivery could not be recorded', { error }))
    .finally(() => inFlight.delete(job));
  inFlight.add(job);
  trackBackgroundWork(job);
}

/** For tests and graceful shutdown: waits for deliveries already started. */
export async function settleWebhookDeliveries(): Promise<void> {
  while (inFlight.size > 0) await Promise.all([...inFlight]);
}
