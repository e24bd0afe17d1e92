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
CREATE TABLE "new_Transaction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "bankTransactionId" TEXT NOT NULL,
    "origin" TEXT NOT NULL DEFAULT 'bank',
    "status" TEXT NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "bookedOn" DATETIME NOT NULL,
    "transactedAt" DATETIME,
    "postedAt" DATETIME,
    "description" TEXT NOT NULL,
    "bankMerchantName" TEXT,
    "bankCategory" TEXT,
    "bankTransactionType" TEXT,
    "foreignAmountMinor" BIGINT,
    "foreignCurrency" TEXT,
    "merchantCountry" TEXT,
    "replacedPendingBankId" TEXT,
    "missingCount" INTEGER NOT NULL DEFAULT 0,
    "categoryId" TEXT,
    "categorySource" TEXT,
    "merchantName" TEXT,
    "notes" TEXT,
    "isTransfer" BOOLEAN NOT NULL DEFAULT false,
    "userEditedAt" DATETIME,
    "bankReferenceId" TEXT,
    "lastSeenPassId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Transaction_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "BankAccount" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Transaction" ("accountId", "amountMinor", "bankCategory", "bankMerchantName", "bankReferenceId", "bankTransactionId", "bankTransactionType", "bookedOn", "categoryId", "categorySource", "createdAt", "currency", "description", "foreignAmountMinor", "foreignCurrency", "id", "isTransfer", "lastSeenPassId", "merchantCountry", "merchantName", "missingCount", "notes", "postedAt", "replacedPendingBankId", "status", "transactedAt", "updatedAt", "userEditedAt", "userId") SELECT "accountId", "amountMinor", "bankCategory", "bankMerchantName", "bankReferenceId", "bankTransactionId", "bankTransactionType", "bookedOn", "categoryId", "categorySource", "createdAt", "currency", "description", "foreignAmountMinor", "foreignCurrency", "id", "isTransfer", "lastSeenPassId", "merchantCountry", "merchantName", "missingCount", "notes", "postedAt", "replacedPendingBankId", "status", "transactedAt", "updatedAt", "userEditedAt", "userId" FROM "Transaction";
DROP TABLE "Transaction";
ALTER TABLE "new_Transaction" RENAME TO "Transaction";
CREATE INDEX "Transaction_userId_bookedOn_idx" ON "Transaction"("userId", "bookedOn");
CREATE INDEX "Transaction_accountId_bookedOn_idx" ON "Transaction"("accountId", "bookedOn");
CREATE INDEX "Transaction_userId_createdAt_id_idx" ON "Transaction"("userId", "createdAt", "id");
CREATE INDEX "Transaction_userId_categoryId_bookedOn_idx" ON "Transaction"("userId", "categoryId", "bookedOn");
CREATE UNIQUE INDEX "Transaction_accountId_bankTransactionId_key" ON "Transaction"("accountId", "bankTransactionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "AccountBalanceValue_userId_day_idx" ON "AccountBalanceValue"("userId", "day");

-- CreateIndex
CREATE UNIQUE INDEX "AccountBalanceValue_accountId_source_day_key" ON "AccountBalanceValue"("accountId", "source", "day");
