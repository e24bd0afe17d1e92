-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_BankConnection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "institution" TEXT NOT NULL DEFAULT 'chase',
    "status" TEXT NOT NULL,
    "statusReason" TEXT,
    "grantedScope" TEXT,
    "consentedAt" DATETIME,
    "tokenKeyId" TEXT,
    "accessTokenCipher" TEXT,
    "refreshTokenCipher" TEXT,
    "accessTokenExpiresAt" DATETIME,
    "refreshTokenExpiresAt" DATETIME,
    "refreshLeaseUntil" DATETIME,
    "refreshLeaseOwner" TEXT,
    "lastRefreshedAt" DATETIME,
    "lastSyncedAt" DATETIME,
    "customerJson" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_BankConnection" ("accessTokenCipher", "accessTokenExpiresAt", "consentedAt", "createdAt", "customerJson", "grantedScope", "id", "institution", "lastRefreshedAt", "lastSyncedAt", "refreshLeaseOwner", "refreshLeaseUntil", "refreshTokenCipher", "refreshTokenExpiresAt", "status", "statusReason", "tokenKeyId", "updatedAt", "userId") SELECT "accessTokenCipher", "accessTokenExpiresAt", "consentedAt", "createdAt", "customerJson", "grantedScope", "id", "institution", "lastRefreshedAt", "lastSyncedAt", "refreshLeaseOwner", "refreshLeaseUntil", "refreshTokenCipher", "refreshTokenExpiresAt", "status", "statusReason", "tokenKeyId", "updatedAt", "userId" FROM "BankConnection";
DROP TABLE "BankConnection";
ALTER TABLE "new_BankConnection" RENAME TO "BankConnection";
CREATE INDEX "BankConnection_userId_idx" ON "BankConnection"("userId");
CREATE INDEX "BankConnection_status_idx" ON "BankConnection"("status");
CREATE TABLE "new_OAuthState" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "stateHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "codeVerifierCipher" TEXT NOT NULL,
    "tokenKeyId" TEXT NOT NULL,
    "reconnectConnectionId" TEXT,
    "institution" TEXT NOT NULL DEFAULT 'chase',
    "displayMode" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_OAuthState" ("codeVerifierCipher", "createdAt", "displayMode", "expiresAt", "id", "reconnectConnectionId", "sessionId", "stateHash", "tokenKeyId", "userId") SELECT "codeVerifierCipher", "createdAt", "displayMode", "expiresAt", "id", "reconnectConnectionId", "sessionId", "stateHash", "tokenKeyId", "userId" FROM "OAuthState";
DROP TABLE "OAuthState";
ALTER TABLE "new_OAuthState" RENAME TO "OAuthState";
CREATE UNIQUE INDEX "OAuthState_stateHash_key" ON "OAuthState"("stateHash");
CREATE INDEX "OAuthState_expiresAt_idx" ON "OAuthState"("expiresAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
