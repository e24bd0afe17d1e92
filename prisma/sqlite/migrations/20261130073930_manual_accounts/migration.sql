-- CreateTable
CREATE TABLE "AccountBalanceValue" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "day" DATETIME NOT NULL,
    "balanceMinor" BIGINT NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AccountBalanceValue_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "BankAccount" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_BankAccount" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "connectionId" TEXT,
    "source" TEXT NOT NULL DEFAULT 'linked',
    "manualKind" TEXT,
    "bankAccountId" TEXT NOT NULL,
    "accountCategory" TEXT NOT NULL,
    "accountType" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "productName" TEXT,
    "maskedNumber" TEXT,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "bankStatus" TEXT,
    "sharing" TEXT NOT NULL DEFAULT 'shared',
    "currentBalanceMinor" BIGINT,
    "availableBalanceMinor" BIGINT,
    "creditLineMinor" BIGINT,
    "balanceAsOf" DATETIME,
    "holdersJson" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "BankAccount_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "BankConnection" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_BankAccount" ("accountCategory", "accountType", "availableBalanceMinor", "balanceAsOf", "bankAccountId", "bankStatus", "connectionId", "createdAt", "creditLineMinor", "currency", "currentBalanceMinor", "holdersJson", "id", "maskedNumber", "name", "productName", "sharing", "updatedAt", "userId") SELECT "accountCategory", "accountType", "availableBalanceMinor", "balanceAsOf", "bankAccountId", "bankStatus", "connectionId", "createdAt", "creditLineMinor", "currency", "currentBalanceMinor", "holdersJson", "id", "maskedNumber", "name", "productName", "sharing", "updatedAt", "userId" FROM "BankAccount";
DROP TABLE "BankAccount";
ALTER TABLE "new_BankAccount" RENAME TO "BankAccount";
CREATE INDEX "BankAccount_connectionId_idx" ON "BankAccount"("connectionId");
CREATE UNIQUE INDEX "BankAccount_userId_bankAccountId_key" ON "BankAccount"("userId", "bankAccountId");
-- Hand-edited: a new column with a constant default needs no copy of a possibly million-row table.
ALTER TABLE "Transaction" ADD COLUMN "origin" TEXT NOT NULL DEFAULT 'bank';
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "AccountBalanceValue_userId_day_idx" ON "AccountBalanceValue"("userId", "day");

-- CreateIndex
CREATE UNIQUE INDEX "AccountBalanceValue_accountId_source_day_key" ON "AccountBalanceValue"("accountId", "source", "day");
