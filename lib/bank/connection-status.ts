import type { Db } from '@/lib/db';

export const CONNECTION_STATUSES = ['active', 'reconnect_needed', 'disconnected'] as const;
export type ConnectionStatus = (typeof CONNECTION_STATUSES)[number];

/** The bank refused our tokens: stop calling it until the user reconnects. */
export async function markReconnectNeeded(db: Db, connectionId: string, reason: string): Promise<void> {
  await db.bankConnection.updateMany({
    where: { id: connectionId, status: 'active' },
    data: { status: 'reconnect_needed', statusReason: reason },
  });
}
