-- CreateTable
CREATE TABLE "UserProfile" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "legalName" TEXT,
    "addressLine1" TEXT,
    "addressLine2" TEXT,
    "city" TEXT,
    "region" TEXT,
    "postalCode" TEXT,
    "country" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "LendingReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "snapshotJson" TEXT NOT NULL,
    "dataAsOf" DATETIME,
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    "viewCount" INTEGER NOT NULL DEFAULT 0,
    "lastViewedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Alert" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "accountId" TEXT,
    "transactionId" TEXT,
    "kind" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "explanation" TEXT NOT NULL,
    "amountMinor" BIGINT,
    "currency" TEXT,
    "occurredAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'unread',
    "dedupeKey" TEXT NOT NULL,
    "resolvedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "MonitoringSettings" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "largeMadMultiplier" INTEGER NOT NULL DEFAULT 8,
    "largeMinMinor" BIGINT NOT NULL DEFAULT 50000,
    "newMerchantMinMinor" BIGINT NOT NULL DEFAULT 25000,
    "duplicateWindowMin" INTEGER NOT NULL DEFAULT 10,
    "cardTestingMaxMinor" BIGINT NOT NULL DEFAULT 500,
    "cardTestingCount" INTEGER NOT NULL DEFAULT 5,
    "cardTestingWindowMin" INTEGER NOT NULL DEFAULT 15,
    "foreignEnabled" BOOLEAN NOT NULL DEFAULT true,
    "webhookUrl" TEXT,
    "webhookSecret" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "AccountHolderWatch" (
    "accountId" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "holdersHash" TEXT NOT NULL,
    "holdersJson" TEXT NOT NULL,
    "previousJson" TEXT,
    "changedAt" DATETIME,
    "checkedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "alertCount" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "responseStatus" INTEGER,
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "LendingReport_tokenHash_key" ON "LendingReport"("tokenHash");

-- CreateIndex
CREATE INDEX "LendingReport_userId_createdAt_idx" ON "LendingReport"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Alert_userId_status_occurredAt_idx" ON "Alert"("userId", "status", "occurredAt");

-- CreateIndex
CREATE INDEX "Alert_transactionId_idx" ON "Alert"("transactionId");

-- CreateIndex
CREATE UNIQUE INDEX "Alert_userId_dedupeKey_key" ON "Alert"("userId", "dedupeKey");

-- CreateIndex
CREATE INDEX "WebhookDelivery_userId_createdAt_idx" ON "WebhookDelivery"("userId", "createdAt");
