import { BankHttpError, BankTimeoutError, BankUnavailableError } from './errors';

// Every call to a bank goes through here: a timeout on each attempt, retries with exponential
// backoff and full jitter for idempotent reads only, Retry-After honoured on 429/503, and a circuit
// breaker per bank so a bank that is down sees a trickle of probes instead of our whole retry load.

export type RetrySettings = {
  maxAttempts: number; // including the first
  baseDelayMs: number;
  maxDelayMs: number;
  // A Retry-After longer than this is not waited out in-line: the caller gets the error and its hint.
  maxRetryAfterMs: number;
};

export type BreakerSettings = { failureThreshold: number; cooldownMs: number };

export type ResilientFetchOptions = {
  idempotent: boolean;
  breakerKey: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  retry?: Partial<RetrySettings>;
  breaker?: Partial<BreakerSettings>;
};

export const defaultRetrySettings: RetrySettings = { maxAttempts: 4, baseDelayMs: 300, maxDelayMs: 8_000, maxRetryAfterMs: 60_000 };
export const defaultBreakerSettings: BreakerSettings = { failureThreshold: 8, cooldownMs: 30_000 };
export const defaultTimeoutMs = 20_000;

// ─── Circuit breaker ────────────────────────────────────────────────────────────
// In process memory, one per breakerKey: every Cashlens process learns a bank's health on its own.
// Closed → (failureThreshold consecutive failures) → open for cooldownMs → half-open: one probe
// goes out; success closes, failure reopens.

type BreakerState = { consecutiveFailures: number; openUntil: number | null; probing: boolean };
const breakers = new Map<string, BreakerState>();

function breakerFor(key: string): BreakerState {
  let state = breakers.get(key);
  if (!state) breakers.set(key, (state = { consecutiveFailures: 0, openUntil: null, probing: false }));
  return state;
}

function admit(key: string, now: number): void {
  const state = breakerFor(key);
  if (state.openUntil === null) return;
  if (now < state.openUntil) throw new BankUnavailableError(key, state.openUntil);
  if (state.probing) throw new BankUnavailableError(key, now + 1_000);
  state.probing = true;
}

function recordSuccess(key: string): void {
  const state = breakerFor(key);
  state.consecutiveFailures = 0;
  state.openUntil = null;
  state.probing = false;
}

// Only failures that say the bank is unwell count (5xx, timeouts, network); a 4xx is our problem.
function recordFailure(key: string, settings: BreakerSettings, now: number): void {
  const state = breakerFor(key);
  state.consecutiveFailures += 1;
  if (state.probing || state.consecutiveFailures >= settings.failureThreshold) {
    state.openUntil = now + settings.cooldownMs;
    state.probing = false;
  }
}

export function breakerStatus(key: string, now = Date.now()): 'closed' | 'open' | 'half-open' {
  const state = breakers.get(key);
  if (!state || state.openUntil === null) return 'closed';
  return now < state.openUntil ? 'open' : 'half-open';
}

/** Tests only: forget every breaker. */
export function resetCircuitBreakers(): void {
  breakers.clear();
}

// ─── Retry policy ───────────────────────────────────────────────────────────────

/** Retry-After as delta-seconds or an HTTP date → milliseconds from now; null when absent or unreadable. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function backoffDelay(attempt: number, settings: RetrySettings): number {
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** attempt);
  return Math.round(Math.random() * ceiling); // full jitter: clients that failed together spread out
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });

const retryableStatuses = new Set([408, 429, 500, 502, 503, 504]);

type Attempt = { response: Response } | { error: unknown; timedOut: boolean };

// The body is read inside the timeout, so a bank that sends headers and then stalls is a timeout too.
async function attemptOnce(url: string, init: RequestInit, timeoutMs: number, signal?: AbortSignal): Promise<Attempt> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    const response = await fetch(url, { ...init, signal: combined });
    const body = await response.arrayBuffer();
    return { response: new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers }) };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    return { error, timedOut: timeout.aborted };
  }
}

/**
 * fetch() for bank APIs. Resolves with a fully-read 2xx Response. Throws BankHttpError for any
 * other status left after retries (its `bodyText` lets callers spot invalid_grant),
 * BankTimeoutError when the last attempt timed out, BankUnavailableError while the bank's breaker
 * is open, and the network error itself otherwise. Non-idempotent calls are tried exactly once.
 */
export async function resilientFetch(url: string, init: RequestInit, options: ResilientFetchOptions): Promise<Response> {
  const retry = { ...defaultRetrySettings, ...options.retry };
  const breaker = { ...defaultBreakerSettings, ...options.breaker };
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const attempts = options.idempotent ? retry.maxAttempts : 1;

  for (let attempt = 0; ; attempt++) {
    admit(options.breakerKey, Date.now());
    const result = await attemptOnce(url, init, timeoutMs, options.signal);
    const last = attempt + 1 >= attempts;

    if ('error' in result) {
      recordFailure(options.breakerKey, breaker, Date.now());
      if (breakerStatus(options.breakerKey) === 'open') throw new BankUnavailableError(options.breakerKey, breakerFor(options.breakerKey).openUntil);
      if (last) throw result.timedOut ? new BankTimeoutError(timeoutMs) : result.error;
      await sleep(backoffDelay(attempt, retry), options.signal);
      continue;
    }

    const { response } = result;
    if (response.ok) {
      recordSuccess(options.breakerKey);
      return response;
    }
    if (response.status >= 500) {
      recordFailure(options.breakerKey, breaker, Date.now());
      // This failure tipped the breaker: say "unavailable" now rather than one more HTTP error.
      if (breakerStatus(options.breakerKey) === 'open') throw new BankUnavailableError(options.breakerKey, breakerFor(options.breakerKey).openUntil);
    } else {
      recordSuccess(options.breakerKey); // the bank answered sanely; a 4xx is about our request
    }

    const retryAfterMs =
      response.status === 429 || response.status === 503 ? parseRetryAfter(response.headers.get('retry-after')) : null;
    const tooLong = retryAfterMs !== null && retryAfterMs > retry.maxRetryAfterMs;
    if (last || !retryableStatuses.has(response.status) || tooLong) {
      throw new BankHttpError(response.status, url, retryAfterMs, (await response.text()).slice(0, 2_000));
    }
    await sleep(retryAfterMs ?? backoffDelay(attempt, retry), options.signal);
  }
}
