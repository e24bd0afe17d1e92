// Prisma caps bind parameters per query (SQLite's limit is the tightest), and a sync hands over
// up to 2,000 ids at once: every `id IN (…)` in budgeting goes through chunks of this size.
export const ID_CHUNK = 500;

export function idChunks<T>(ids: T[], size = ID_CHUNK): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < ids.length; i += size) chunks.push(ids.slice(i, i + size));
  return chunks;
}
