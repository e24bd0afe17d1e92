// Failed attempts per key (a client id or a username, with the address that tried) in a
// sliding window, in memory: the sandbox is one process and forgets on restart, as a test bank
// may. Keys are bounded so a flood of made-up names cannot grow the map without end.

export type AttemptThrottle = {
  isThrottled(key: string): boolean;
  recordFailure(key: string): void;
  clear(key: string): void;
};

const MAX_KEYS = 10_000;

export function createAttemptThrottle(options: { maxFailures: number; windowMs: number; now?: () => number }): AttemptThrottle {
  const now = options.now ?? Date.now;
  const failures = new Map<string, number[]>();
  const recent = (key: string): number[] => {
    const since = now() - options.windowMs;
    const kept = (failures.get(key) ?? []).filter((at) => at > since);
    if (kept.length === 0) failures.delete(key);
    else failures.set(key, kept);
    return kept;
  };
  return {
    isThrottled: (key) => recent(key).length >= options.maxFailures,
    recordFailure(key) {
      const kept = recent(key).slice(-(options.maxFailures - 1));
      failures.delete(key); // re-inserted last: the map's first key is the least recently failed
      failures.set(key, [...kept, now()]);
      if (failures.size > MAX_KEYS) failures.delete(failures.keys().next().value!);
    },
    clear: (key) => void failures.delete(key),
  };
}
