// A rough size of a value built from plain objects, arrays, strings, numbers, bigints, dates,
// maps and sets: enough to bound a cache, not a heap measurement. Walks iteratively (no recursion
// limit) and counts each object once.

export function estimateBytes(value: unknown): number {
  let bytes = 0;
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length) {
    const item = stack.pop();
    if (typeof item === 'string') bytes += 16 + item.length * 2;
    else if (typeof item === 'number' || typeof item === 'boolean') bytes += 8;
    else if (typeof item === 'bigint') bytes += 24;
    else if (item instanceof Date) bytes += 24;
    else if (item && typeof item === 'object') {
      if (seen.has(item)) continue;
      seen.add(item);
      bytes += 32;
      const children = item instanceof Map ? [...item.keys(), ...item.values()] : item instanceof Set ? [...item] : Array.isArray(item) ? item : Object.entries(item).flat();
      for (const child of children) stack.push(child);
    }
  }
  return bytes;
}
