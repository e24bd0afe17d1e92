import type { Db } from '@/lib/db';
import type { Tx } from '@/lib/sync/sql';
import { payeeOf, type Payee } from './clean-payee';

/** The payee columns for one row typed in by hand: cleaned, then the user's rename if there is one. */
export async function payeeForEntry(db: Db | Tx, workspaceId: string, description: string): Promise<Payee> {
  const cleaned = payeeOf(description);
  const rename = await db.payeeRename.findUnique({ where: { workspaceId_payeeKey: { workspaceId, payeeKey: cleaned.payeeKey } }, select: { name: true } });
  return rename ? { ...cleaned, payee: rename.name } : cleaned;
}
