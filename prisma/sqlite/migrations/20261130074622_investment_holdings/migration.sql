-- CreateTable
CREATE TABLE "Holding" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "symbol" TEXT,
    "securityId" TEXT,
    "securityIdType" TEXT,
    "holdingType" TEXT NOT NULL,
    "isCash" BOOLEAN NOT NULL DEFAULT false,
    "quantity" TEXT,
    "unitPrice" TEXT,
    "marketValueMinor" BIGINT NOT NULL,
    "costBasisMinor" BIGINT,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "priceAsOf" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Holding_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "BankAccount" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Holding_accountId_position_idx" ON "Holding"("accountId", "position");

-- CreateIndex
CREATE INDEX "Holding_userId_idx" ON "Holding"("userId");
