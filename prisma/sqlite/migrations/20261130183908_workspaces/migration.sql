-- Workspaces: data moves from belonging to a login to belonging to a workspace.
-- Every existing user gets a personal workspace whose id is their user id, and is its owner, so
-- the old "userId" value is already the id of its workspace: the columns are renamed in
-- place and no row is rewritten.

-- CreateTable
CREATE TABLE "Workspace" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'personal',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dataVersion" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "Membership" (
    "workspaceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("workspaceId", "userId"),
    CONSTRAINT "Membership_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "acceptedAt" DATETIME,
    "acceptedBy" TEXT,
    "revokedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Invitation_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WorkspaceActivity" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "subjectId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");
CREATE INDEX "Invitation_workspaceId_createdAt_idx" ON "Invitation"("workspaceId", "createdAt");
CREATE INDEX "WorkspaceActivity_workspaceId_createdAt_idx" ON "WorkspaceActivity"("workspaceId", "createdAt");

ALTER TABLE "AccountBalanceValue" RENAME COLUMN "userId" TO "workspaceId";
ALTER TABLE "AccountHolderWatch" RENAME COLUMN "userId" TO "workspaceId";
ALTER TABLE "Alert" RENAME COLUMN "userId" TO "workspaceId";
ALTER TABLE "BankAccount" RENAME COLUMN "userId" TO "workspaceId";
ALTER TABLE "BankConnection" RENAME COLUMN "userId" TO "workspaceId";
ALTER TABLE "Budget" RENAME COLUMN "userId" TO "workspaceId";
ALTER TABLE "Category" RENAME COLUMN "userId" TO "workspaceId";
ALTER TABLE "CategoryRule" RENAME COLUMN "userId" TO "workspaceId";
ALTER TABLE "Goal" RENAME COLUMN "userId" TO "workspaceId";
ALTER TABLE "Holding" RENAME COLUMN "userId" TO "workspaceId";
ALTER TABLE "ImportBatch" RENAME COLUMN "userId" TO "workspaceId";
ALTER TABLE "ImportMapping" RENAME COLUMN "userId" TO "workspaceId";
ALTER TABLE "LendingReport" RENAME COLUMN "userId" TO "workspaceId";
ALTER TABLE "MoneySettings" RENAME COLUMN "userId" TO "workspaceId";
ALTER TABLE "MonitoringSettings" RENAME COLUMN "userId" TO "workspaceId";
ALTER TABLE "MonthlyRollup" RENAME COLUMN "userId" TO "workspaceId";
ALTER TABLE "PayeeRename" RENAME COLUMN "userId" TO "workspaceId";
ALTER TABLE "SyncRun" RENAME COLUMN "userId" TO "workspaceId";
ALTER TABLE "Tag" RENAME COLUMN "userId" TO "workspaceId";
ALTER TABLE "Transaction" RENAME COLUMN "userId" TO "workspaceId";
ALTER TABLE "TransactionSplit" RENAME COLUMN "userId" TO "workspaceId";
ALTER TABLE "TransactionTag" RENAME COLUMN "userId" TO "workspaceId";
ALTER TABLE "UserProfile" RENAME COLUMN "userId" TO "workspaceId";
ALTER TABLE "WebhookDelivery" RENAME COLUMN "userId" TO "workspaceId";

-- Each user gets a personal workspace, carrying their page-cache version.
INSERT INTO "Workspace" ("id", "name", "kind", "createdAt", "dataVersion")
SELECT "id",
       substr(COALESCE(NULLIF(trim("name"), ''), NULLIF(substr("email", 1, instr("email", '@') - 1), ''), 'My') || char(39) || 's money', 1, 80),
       'personal', "createdAt", "dataVersion"
FROM "User";

INSERT INTO "Membership" ("workspaceId", "userId", "role", "createdAt")
SELECT "id", "id", 'owner', "createdAt" FROM "User";

ALTER TABLE "User" DROP COLUMN "dataVersion";

-- Which workspace a browser is working in.
ALTER TABLE "Session" ADD COLUMN "activeWorkspaceId" TEXT;

-- A pending bank link now names its workspace. Pending links live ten minutes, and one in flight during
-- the upgrade is dropped and the person simply connects again. (SQLite cannot add a NOT NULL column
-- without a default, so the table is made again.)
DROP TABLE "OAuthState";
CREATE TABLE "OAuthState" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "stateHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "codeVerifierCipher" TEXT NOT NULL,
    "tokenKeyId" TEXT NOT NULL,
    "reconnectConnectionId" TEXT,
    "institution" TEXT NOT NULL DEFAULT 'chase',
    "displayMode" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "OAuthState_stateHash_key" ON "OAuthState"("stateHash");
CREATE INDEX "OAuthState_expiresAt_idx" ON "OAuthState"("expiresAt");

-- Private accounts.
ALTER TABLE "BankAccount" ADD COLUMN "privateToUserId" TEXT;
ALTER TABLE "BankAccount" ADD COLUMN "addedById" TEXT;

-- SQLite keeps the name of an index when its column is renamed and cannot rename an index, so the
-- indexes named after userId are made again under their new names.
DROP INDEX "AccountBalanceValue_userId_day_idx";
CREATE INDEX "AccountBalanceValue_workspaceId_day_idx" ON "AccountBalanceValue"("workspaceId", "day");
DROP INDEX "Alert_userId_status_occurredAt_idx";
CREATE INDEX "Alert_workspaceId_status_occurredAt_idx" ON "Alert"("workspaceId", "status", "occurredAt");
DROP INDEX "Alert_userId_dedupeKey_key";
CREATE UNIQUE INDEX "Alert_workspaceId_dedupeKey_key" ON "Alert"("workspaceId", "dedupeKey");
DROP INDEX "BankAccount_userId_bankAccountId_key";
CREATE UNIQUE INDEX "BankAccount_workspaceId_bankAccountId_key" ON "BankAccount"("workspaceId", "bankAccountId");
DROP INDEX "BankConnection_userId_idx";
CREATE INDEX "BankConnection_workspaceId_idx" ON "BankConnection"("workspaceId");
DROP INDEX "Budget_userId_month_idx";
CREATE INDEX "Budget_workspaceId_month_idx" ON "Budget"("workspaceId", "month");
DROP INDEX "Budget_userId_categoryId_month_key";
CREATE UNIQUE INDEX "Budget_workspaceId_categoryId_month_key" ON "Budget"("workspaceId", "categoryId", "month");
DROP INDEX "Category_userId_parentId_idx";
CREATE INDEX "Category_workspaceId_parentId_idx" ON "Category"("workspaceId", "parentId");
DROP INDEX "Category_userId_key_key";
CREATE UNIQUE INDEX "Category_workspaceId_key_key" ON "Category"("workspaceId", "key");
DROP INDEX "Category_userId_nameKey_key";
CREATE UNIQUE INDEX "Category_workspaceId_nameKey_key" ON "Category"("workspaceId", "nameKey");
DROP INDEX "CategoryRule_userId_priority_idx";
CREATE INDEX "CategoryRule_workspaceId_priority_idx" ON "CategoryRule"("workspaceId", "priority");
DROP INDEX "Goal_userId_targetDate_idx";
CREATE INDEX "Goal_workspaceId_targetDate_idx" ON "Goal"("workspaceId", "targetDate");
DROP INDEX "Holding_userId_idx";
CREATE INDEX "Holding_workspaceId_idx" ON "Holding"("workspaceId");
DROP INDEX "LendingReport_userId_createdAt_idx";
CREATE INDEX "LendingReport_workspaceId_createdAt_idx" ON "LendingReport"("workspaceId", "createdAt");
DROP INDEX "PayeeRename_userId_payeeKey_key";
CREATE UNIQUE INDEX "PayeeRename_workspaceId_payeeKey_key" ON "PayeeRename"("workspaceId", "payeeKey");
DROP INDEX "SyncRun_userId_startedAt_idx";
CREATE INDEX "SyncRun_workspaceId_startedAt_idx" ON "SyncRun"("workspaceId", "startedAt");
DROP INDEX "Tag_userId_name_key";
CREATE UNIQUE INDEX "Tag_workspaceId_name_key" ON "Tag"("workspaceId", "name");
DROP INDEX "Transaction_userId_bookedOn_id_idx";
CREATE INDEX "Transaction_workspaceId_bookedOn_id_idx" ON "Transaction"("workspaceId", "bookedOn", "id");
DROP INDEX "Transaction_userId_amountMinor_id_idx";
CREATE INDEX "Transaction_workspaceId_amountMinor_id_idx" ON "Transaction"("workspaceId", "amountMinor", "id");
DROP INDEX "Transaction_userId_createdAt_id_idx";
CREATE INDEX "Transaction_workspaceId_createdAt_id_idx" ON "Transaction"("workspaceId", "createdAt", "id");
DROP INDEX "Transaction_userId_categoryId_bookedOn_id_idx";
CREATE INDEX "Transaction_workspaceId_categoryId_bookedOn_id_idx" ON "Transaction"("workspaceId", "categoryId", "bookedOn", "id");
DROP INDEX "Transaction_userId_categoryId_amountMinor_id_idx";
CREATE INDEX "Transaction_workspaceId_categoryId_amountMinor_id_idx" ON "Transaction"("workspaceId", "categoryId", "amountMinor", "id");
DROP INDEX "Transaction_userId_status_bookedOn_id_idx";
CREATE INDEX "Transaction_workspaceId_status_bookedOn_id_idx" ON "Transaction"("workspaceId", "status", "bookedOn", "id");
DROP INDEX "Transaction_userId_payeeKey_idx";
CREATE INDEX "Transaction_workspaceId_payeeKey_idx" ON "Transaction"("workspaceId", "payeeKey");
DROP INDEX "TransactionSplit_userId_categoryId_idx";
CREATE INDEX "TransactionSplit_workspaceId_categoryId_idx" ON "TransactionSplit"("workspaceId", "categoryId");
DROP INDEX "WebhookDelivery_userId_createdAt_idx";
CREATE INDEX "WebhookDelivery_workspaceId_createdAt_idx" ON "WebhookDelivery"("workspaceId", "createdAt");
