/** Prisma reports a unique-index violation as P2002, on every provider. */
export function isUniqueConstraintError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}
