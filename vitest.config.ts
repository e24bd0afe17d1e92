import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', '.next/**', 'e2e/**'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Tests share real database files and servers; files run in separate forks.
    pool: 'forks',
    // Work that outlives its test (a sync still writing to a dropped database, a rejected promise
    // nobody awaited) is a bug: an unhandled error or rejection in any fork fails the run.
    dangerouslyIgnoreUnhandledErrors: false,
    setupFiles: ['./vitest.setup.ts'],
  },
});
