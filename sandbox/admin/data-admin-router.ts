import Router from '@koa/router';
import type { Context, Next } from 'koa';
import { z } from 'zod';
import { advanceSandboxClock, readSandboxClockOffsetDays, resetSandboxClock, sandboxNow } from '../clock.js';
import { armFault, clearFaults, FaultRequestSchema, listFaults } from '../fdx/fault-state.js';

// Data-level scenario switches: the sandbox clock and FDX faults.

const AdvanceClockSchema = z.object({ days: z.number().int().min(-3_650).max(3_650) });

function describeClock() {
  return { now: sandboxNow().toISOString(), offsetDays: readSandboxClockOffsetDays() };
}

async function requireAdmin(ctx: Context, next: Next): Promise<void> {
  const expected = process.env.SANDBOX_ADMIN_TOKEN || 'sandbox-admin';
  if (ctx.get('x-sandbox-admin') !== expected) {
    ctx.status = 401;
    ctx.body = { error: 'admin_token_required' };
    return;
  }
  await next();
}

async function readJson(ctx: Context): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of ctx.req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function createDataAdminRouter(): Router {
  const router = new Router({ prefix: '/sandbox/admin' });
  router.use(requireAdmin);

  router.get('/clock', (ctx) => {
    ctx.body = describeClock();
  });

  router.post('/clock/advance', async (ctx) => {
    const parsed = AdvanceClockSchema.safeParse(await readJson(ctx));
    if (!parsed.success) {
      ctx.status = 400;
      ctx.body = { error: 'invalid_request', issues: parsed.error.issues.map((issue) => issue.message) };
      return;
    }
    advanceSandboxClock(parsed.data.days);
    ctx.body = describeClock();
  });

  router.post('/clock/reset', (ctx) => {
    resetSandboxClock();
    ctx.body = describeClock();
  });

  router.get('/faults', (ctx) => {
    ctx.body = { faults: listFaults() };
  });

  router.post('/faults', async (ctx) => {
    const parsed = FaultRequestSchema.safeParse(await readJson(ctx));
    if (!parsed.success) {
      ctx.status = 400;
      ctx.body = { error: 'invalid_request', issues: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) };
      return;
    }
    ctx.status = 201;
    ctx.body = { fault: armFault(parsed.data) };
  });

  router.delete('/faults', (ctx) => {
    clearFaults();
    ctx.body = { faults: [] };
  });

  return router;
}
