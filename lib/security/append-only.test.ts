import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// SecurityEvent is append-only: no code updates a row, and the only delete is deleteAccount's
// erasure of a deleted account's own events (lib/account/delete-account.ts).
const ROOT = path.resolve(__dirname, '../..');
const SKIP = new Set(['node_modules', '.next', 'generated', '.git', 'data', 'test-results', 'playwright-report']);
const ALLOWED_DELETE = new Set(['lib/account/delete-account.ts']);

function listSources(dir: string, found: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    // Build output (.next, and .next-* from NEXT_DIST_DIR) is compiled code, not source.
    if (SKIP.has(name) || name.startsWith('.next')) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) listSources(full, found);
    else if (/\.(ts|tsx|mts|js|mjs)$/.test(name) && !name.endsWith('.test.ts')) found.push(full);
  }
  return found;
}

describe('the security activity log', () => {
  it('is never updated, and deleted only when its account is', () => {
    const offenders: string[] = [];
    for (const file of listSources(ROOT)) {
      const relative = path.relative(ROOT, file);
      const source = readFileSync(file, 'utf8');
      if (/securityEvent\s*\.\s*(update|updateMany|upsert)\b/.test(source)) offenders.push(`${relative}: update`);
      if (/securityEvent\s*\.\s*(delete|deleteMany)\b/.test(source) && !ALLOWED_DELETE.has(relative)) offenders.push(`${relative}: delete`);
      if (/"SecurityEvent"/.test(source) && /\b(UPDATE|DELETE)\b/.test(source)) offenders.push(`${relative}: raw SQL`);
    }
    expect(offenders).toEqual([]);
  });
});
