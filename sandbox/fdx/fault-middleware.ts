import type { Context, Next } from 'koa';
import { consumeFault } from './fault-state.js';

// Applies armed faults to authenticated FDX requests. Page-shaped faults
// (malformed_page, repeat_page) are handled by the transactions handler.

export async function applyFaults(ctx: Context, customerId: string, next: Next): Promise<void> {
  const slow = consumeFault(['slow'], customerId);
  if (slow) await new Promise((resolve) => setTimeout(resolve, slow.delayMs));
  const limited = consumeFault(['rate_limit'], customerId);
  if (limited) {
    ctx.status = 429;
    ctx.set('Retry-After', String(limited.retryAfterSeconds));
    ctx.body = { code: 429, message: 'Too many requests' };
    return;
  }
  const burst = consumeFault(['error_burst'], customerId);
  if (burst) {
    ctx.status = burst.status;
    ctx.body = burst.status === 503 ? { code: 501, message: 'Subsystem unavailable' } : { code: 500, message: 'Internal server error' };
    return;
  }
  await next();
}
