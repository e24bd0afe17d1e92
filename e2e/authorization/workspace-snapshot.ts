// A fingerprint of everything one workspace holds, read straight from the app's database, so a
// test can say "nothing changed" about every table at once — including tables added later.
import { createHash } from 'node:crypto';
import { Prisma } from '../../lib/generated/sqlite/client';
import type { Db } from '../../lib/db';

type Delegate = { findMany(args: { where: Record<string, string> }): Promise<unknown[]> };

const fieldsOf = (model: string) => Object.keys((Prisma as unknown as Record<string, object>)[`${model}ScalarFieldEnum`] ?? {});
const WORKSPACE_MODELS = Object.values(Prisma.ModelName).filter((model) => fieldsOf(model).includes('workspaceId'));

function delegate(db: Db, model: string): Delegate {
  return (db as unknown as Record<string, Delegate>)[model.charAt(0).toLowerCase() + model.slice(1)]!;
}

const text = (row: unknown) => JSON.stringify(row, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));

/** One hash per table (rows sorted), plus the workspace row itself. Equal snapshots: nothing changed. */
export async function snapshotWorkspace(db: Db, workspaceId: string): Promise<Record<string, string>> {
  const snapshot: Record<string, string> = {};
  for (const model of WORKSPACE_MODELS) {
    const rows = (await delegate(db, model).findMany({ where: { workspaceId } })).map(text).sort();
    snapshot[model] = `${rows.length}:${createHash('sha256').update(rows.join('\n')).digest('hex').slice(0, 16)}`;
  }
  snapshot.Workspace = text(await db.workspace.findUnique({ where: { id: workspaceId } }));
  return snapshot;
}

export { WORKSPACE_MODELS };
