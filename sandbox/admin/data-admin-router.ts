import Router from '@koa/router';
import type { Context, Next } from 'koa';
import { z } from 'zod';
import { advanceSandboxClock, readSandboxClockOffsetDays, readSandboxClockOffsetMs, resetSandboxClock, sandboxNow, setSandboxClock } from '../clock.js';
import { listScenarioDays, SCENARIO_KINDS } from '../data/scenario-days.js';
import { armFault, clearFaults, FaultRequestSchema, listFaults } from '../fdx/fault-state.js';

// Data-level scenario switches: the sandbox clock and FDX faults.

const AdvanceClockSchema = z.object({ days: z.number().int().min(-3_650).max(3_650) });
// An instant with an explicit zone (…Z or ±hh:mm), between 2000 and 2100.
const SetClockSchema = z.object({ now: z.iso.datetime({ offset: true }).refine((value) => { const year = new Date(value).getUTCFullYear(); return year >= 2000 && year < 2100; }, 'now must be between 2000 and 2099') });
const ScenarioQuerySchema = z.object({ kind: z.enum(SCENARIO_KINDS), from: z.iso.date(), to: z.iso.date() });

function describeClock() {
  return { now: sandboxNow().toISOString(), offsetDays: readSandboxClockOffsetDays(), offsetMs: readSandboxClockOffsetMs() };
}

function issuesOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
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

  // Tests pin the bank's "now" to an instant that holds their scenario; time runs on from there.
  router.post('/clock/set', async (ctx) => {
    const parsed = SetClockSchema.safeParse(await readJson(ctx));
    if (!parsed.success) {
      ctx.status = 400;
      ctx.body = { error: 'invalid_request', issues: issuesOf(parsed.error) };
      return;
    }
    setSandboxClock(new Date(parsed.data.now));
    ctx.body = describeClock();
  });

  router.post('/clock/reset', (ctx) => {
    resetSandboxClock();
    ctx.body = describeClock();
  });

  // The days on which a scenario happens, so a test can set the clock to one of them.
  router.get('/scenarios', (ctx) => {
    const parsed = ScenarioQuerySchema.safeParse(ctx.query);
    if (!parsed.success) {
      ctx.status = 400;
      ctx.body = { error: 'invalid_request', issues: issuesOf(parsed.error) };
      return;
    }
    try {
      ctx.body = { kind: parsed.data.kind, days: listScenarioDays(parsed.data.kind, parsed.data.from, parsed.data.to) };
    } catch (error) {
      ctx.status = 400;
      ctx.body = { error: 'invalid_request', issues: [error instanceof Error ? error.message : String(error)] };
    }
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
