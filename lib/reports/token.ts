// A share link's token: the generic secret-link token (lib/crypto/link-token.ts).
export { createLinkToken as createReportToken, hashLinkToken as hashReportToken, isWellFormedLinkToken as isWellFormedToken } from '@/lib/crypto/link-token';
