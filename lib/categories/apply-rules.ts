import type { Db } from '@/lib/db';
import { idChunks, ID_CHUNK } from '@/lib/budgeting/id-chunks';
import { BadInputError } from '@/lib/errors';
import { compileRule, ruleMatches, type CompiledRule } from './rule-match';

// Runs the user's rules over transactions: the new rows of a sync, or (on request) all of them.
// Rules apply in priority order and the first rule that sets a field wins it. A row whose
// category the user chose by hand (categorySource = 'user') is never touched.

type StoredRule = Awaited<ReturnType<typeof loadRules>>[number];

function loadRules(db: Db, workspaceId: string) {
  return db.categoryRule.findMany({ where: { workspaceId }, orderBy: [{ priority: 'asc' }, { createdAt: 'asc' }] });
}

type Outcome = { categoryId?: string; merchantName?: string; tagIds: string[] };

function decide(rules: CompiledRule<StoredRule>[], tx: Parameters<typeof ruleMatches>[1]): Outcome | null {
  const outcome: Outcome = { tagIds: [] };
  let matched = false;
  for (const rule of rules) {
    if (!ruleMatches(rule, tx)) continue;
    matched = true;
    if (rule.setCategoryId && outcome.categoryId === undefined) outcome.categoryId = rule.setCategoryId;
    if (rule.setMerchantName && outcome.merchantName === undefined) outcome.merchantName = rule.setMerchantName;
    if (rule.addTagId) outcome.tagIds.push(rule.addTagId);
  }
  return matched ? outcome : null;
}

/**
 * Bounds a run over all of a user's rows ("apply to existing" runs inside a request). Each page
 * commits on its own, so stopping between pages leaves finished pages applied and the rest as
 * they were; the clock is injectable so tests do not depend on the machine's speed.
 */
export type ApplyLimits = { budgetMs: number; now?: () => number; pageSize?: number };

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Applies rules to `ids` (or every transaction of the user when ids is 'all'); returns how many rows matched. */
export async function applyRules(db: Db, workspaceId: string, ids: string[] | 'all', onlyRuleId?: string, limits?: ApplyLimits): Promise<number> {
  const PAGE = limits?.pageSize ?? ID_CHUNK;
  const now = limits?.now ?? (() => performance.now());
  const started = now();
  let seen = 0;
  const stored = await loadRules(db, workspaceId);
  const rules = stored.filter((rule) => !onlyRuleId || rule.id === onlyRuleId).map(compileRule);
  if (rules.length === 0) return 0;
  const kinds = new Map((await db.category.findMany({ where: { workspaceId }, select: { id: true, kind: true } })).map((c) => [c.id, c.kind]));
  let matched = 0;
  let cursor: string | undefined;
  for (let offset = 0; ; offset += PAGE) {
    const scope = ids === 'all' ? {} : { id: { in: ids.slice(offset, offset + PAGE) } };
    if (ids !== 'all' && offset >= ids.length) break;
    const rows = await db.transaction.findMany({
      where: { workspaceId, ...scope, OR: [{ categorySource: null }, { categorySource: { not: 'user' } }], ...(ids === 'all' && cursor ? { id: { gt: cursor } } : {}) },
      orderBy: { id: 'asc' },
      take: ids === 'all' ? PAGE : undefined,
      select: { id: true, description: true, bankMerchantName: true, amountMinor: true, accountId: true },
    });
    if (ids === 'all' && rows.length === 0) break;
    cursor = rows.at(-1)?.id;
    const updates = new Map<string, { data: Record<string, unknown>; ids: string[] }>();
    const tags: { transactionId: string; tagId: string }[] = [];
    for (const row of rows) {
      const outcome = decide(rules, row);
      if (!outcome) continue;
      matched++;
      const data: Record<string, unknown> = {};
      if (outcome.categoryId && kinds.has(outcome.categoryId)) {
        Object.assign(data, { categoryId: outcome.categoryId, categorySource: 'rule', isTransfer: kinds.get(outcome.categoryId) === 'transfer' });
      }
      if (outcome.merchantName) data.merchantName = outcome.merchantName;
      const key = JSON.stringify(data);
      if (Object.keys(data).length) {
        const group = updates.get(key);
        if (group) group.ids.push(row.id); // not a copy per row: that was quadratic in the page
        else updates.set(key, { data, ids: [row.id] });
      }
      for (const tagId of outcome.tagIds) tags.push({ transactionId: row.id, tagId });
    }
    await db.$transaction(async (tx) => {
      for (const { data, ids: group } of updates.values()) {
        for (const part of idChunks(group)) {
          await tx.transaction.updateMany({ where: { workspaceId, id: { in: part }, OR: [{ categorySource: null }, { categorySource: { not: 'user' } }] }, data });
        }
      }
      for (const tag of tags) {
        await tx.transactionTag.upsert({ where: { transactionId_tagId: tag }, create: { ...tag, workspaceId }, update: {} });
      }
    });
    if (ids === 'all' && rows.length < PAGE) break;
    seen += rows.length;
    if (limits && now() - started > limits.budgetMs) {
      throw new BadInputError(
        `Applying rules took longer than ${Math.round(limits.budgetMs / 1000)} seconds, so it stopped after ${seen} transactions (those keep their new categories). ` +
          'New transactions are still checked on every sync; to cover the rest, simplify the rule or add an account or amount condition.',
      );
    }
    // Other requests get their turn between pages.
    await yieldToEventLoop();
  }
  return matched;
}
