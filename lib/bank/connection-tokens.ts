import { openToken, sealToken } from '@/lib/crypto/token-cipher';
import type { BankTokens } from '@/lib/bank/oauth-client';

// Each ciphertext is bound to its connection and its role, so rows cannot swap tokens.
const accessContext = (connectionId: string) => `bank-connection:${connectionId}:access`;
const refreshContext = (connectionId: string) => `bank-connection:${connectionId}:refresh`;

export type SealedTokenColumns = {
  tokenKeyId: string;
  accessTokenCipher: string;
  refreshTokenCipher: string | null;
  accessTokenExpiresAt: Date;
  refreshTokenExpiresAt: Date | null;
};

/** The columns to store for fresh tokens. Without a new refresh token the old one is kept (Chase does not rotate). */
export function sealConnectionTokens(connectionId: string, tokens: BankTokens, previousRefreshToken: string | null = null): SealedTokenColumns {
  const access = sealToken(tokens.accessToken, accessContext(connectionId));
  const refreshToken = tokens.refreshToken ?? previousRefreshToken;
  const refresh = refreshToken ? sealToken(refreshToken, refreshContext(connectionId)) : null;
  return {
    tokenKeyId: access.keyId,
    accessTokenCipher: access.cipher,
    refreshTokenCipher: refresh?.cipher ?? null,
    accessTokenExpiresAt: tokens.accessTokenExpiresAt,
    refreshTokenExpiresAt: tokens.refreshTokenExpiresAt,
  };
}

type StoredTokens = { id: string; tokenKeyId: string | null; accessTokenCipher: string | null; refreshTokenCipher: string | null };

export function openAccessToken(row: StoredTokens): string | null {
  if (!row.tokenKeyId || !row.accessTokenCipher) return null;
  return openToken({ keyId: row.tokenKeyId, cipher: row.accessTokenCipher }, accessContext(row.id));
}

export function openRefreshToken(row: StoredTokens): string | null {
  if (!row.tokenKeyId || !row.refreshTokenCipher) return null;
  return openToken({ keyId: row.tokenKeyId, cipher: row.refreshTokenCipher }, refreshContext(row.id));
}
