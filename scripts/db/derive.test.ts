import { describe, expect, it } from 'vitest';
import { deriveSchema } from './derive';

const source = `generator client {
  provider = "prisma-client"
  output   = "../lib/generated/prisma"
}

datasource db {
  provider = "sqlite"
}

model User {
  id       String @id
  provider String
}
`;

describe('deriveSchema', () => {
  it('swaps the provider and output and marks the file generated, leaving models alone', () => {
    const derived = deriveSchema(source, 'postgresql');
    expect(derived.startsWith('// GENERATED FILE, DO NOT EDIT.')).toBe(true);
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).toContain('output   = "../../lib/generated/postgresql"');
    expect(derived).toContain('  provider String\n');
    expect(derived).not.toContain('"sqlite"');
  });
});
