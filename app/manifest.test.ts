import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import manifest from './manifest';

// An installable web app needs a 192 and a 512 pixel icon that really are those sizes.
const pngSize = (file: string) => {
  const bytes = readFileSync(path.join(import.meta.dirname, '..', 'public', file));
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
};

describe('web app manifest', () => {
  it('names the app, starts signed-in pages standalone, and lists real 192 and 512 pixel icons', () => {
    const m = manifest();
    expect(m).toMatchObject({ name: 'Cashlens', display: 'standalone', start_url: '/dashboard' });
    const sizes = new Set((m.icons ?? []).map((icon) => icon.sizes));
    expect(sizes).toEqual(new Set(['192x192', '512x512']));
    for (const icon of m.icons ?? []) expect(pngSize(icon.src), icon.src).toBe(icon.sizes);
  });
});
