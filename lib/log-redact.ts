/**
 * The one rule for what never reaches a log: credentials (tokens, secrets, passwords, cookies,
 * authorization headers, OAuth codes and verifiers) and bank payloads (any fdx, payload or body
 * field, which can hold account numbers and a holder's name and address). It applies to object
 * keys at any depth, to an error's own fields, and to name=value pairs and Bearer tokens inside text.
 */
const REDACTED = '[redacted]';
const MAX_DEPTH = 6;
const MAX_ITEMS = 50;

/** True for a key whose value is a credential or a bank payload, however it is spelt (access_token, accessToken, Set-Cookie). */
export function isSensitiveKey(key: string): boolean {
  const k = key.toLowerCase().replace(/[^a-z0-9]/g, '');
  return k === 'code' || /(token|tokens|secret|password|authorization|cookie|cookies|verifier|apikey)$/.test(k) || /fdx|payload|body/.test(k);
}

/** Redacts `name=value` pairs with a sensitive name (a callback URL's code) and Bearer/Basic credentials in text. */
export function redactText(text: string): string {
  return text
    .replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g, `$1 ${REDACTED}`)
    .replace(/([A-Za-z][A-Za-z0-9_.-]*)=([^&\s"',;]+)/g, (pair, name: string) => (isSensitiveKey(name) ? `${name}=${REDACTED}` : pair));
}

function redactError(error: Error, depth: number, seen: WeakSet<object>): Record<string, unknown> {
  const out: Record<string, unknown> = { name: error.name, message: redactText(error.message) };
  if (error.stack) out.stack = redactText(error.stack);
  for (const [key, value] of Object.entries(error)) out[key] = isSensitiveKey(key) ? REDACTED : redactValue(value, depth + 1, seen);
  if (error.cause !== undefined) out.cause = redactValue(error.cause, depth + 1, seen);
  return out;
}

function redactValue(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return redactText(value);
  if (typeof value === 'bigint') return value.toString();
  if (value === null || typeof value !== 'object') return typeof value === 'function' ? undefined : value;
  if (value instanceof Date) return value.toISOString();
  if (seen.has(value)) return '[circular]';
  if (depth >= MAX_DEPTH) return '[too deep]';
  if (value instanceof URL) return redactText(value.toString());
  // `seen` holds the path from the root only, so an object logged twice side by side is not "circular".
  seen.add(value);
  try {
    return redactContainer(value, depth, seen);
  } finally {
    seen.delete(value);
  }
}

function redactContainer(value: object, depth: number, seen: WeakSet<object>): unknown {
  if (value instanceof Error) return redactError(value, depth, seen);
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).map((item: unknown) => redactValue(item, depth + 1, seen));
    return value.length > MAX_ITEMS ? [...items, `[${value.length - MAX_ITEMS} more]`] : items;
  }
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = isSensitiveKey(key) ? REDACTED : redactValue(inner, depth + 1, seen);
  return out;
}

/** A copy of `value` that is safe to log: see the rule above. */
export function redact(value: unknown): unknown {
  return redactValue(value, 0, new WeakSet());
}
