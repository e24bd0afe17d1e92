-- Workspaces: data moves from belonging to a login to belonging to a workspace.
-- Every existing user gets a personal workspace whose id is their user id, and is its owner, so
-- the old "userId" value is already the id of its workspace: the columns are renamed in
-- place and no row is rewritten.

-- CreateTable
CREATE TABLE "Workspace" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'personal',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dataVersion" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Workspace_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "workspaceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("workspaceId","userId")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "acceptedBy" TEXT,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkspaceActivity" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "subjectId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkspaceActivity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_workspaceId_createdAt_idx" ON "Invitation"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "WorkspaceActivity_workspaceId_createdAt_idx" ON "WorkspaceActivity"("workspaceId", "createdAt");

-- Each user gets a personal workspace, carrying their page-cache version.
INSERT INTO "Workspace" ("id", "name", "kind", "createdAt", "dataVersion")
SELECT "id",
       LEFT(COALESCE(NULLIF(TRIM("name"), ''), NULLIF(SPLIT_PART("email", '@', 1), ''), 'My') || chr(39) || 's money', 80),
       'personal', "createdAt", "dataVersion"
FROM "User";

INSERT INTO "Membership" ("workspaceId", "userId", "role", "createdAt")
SELECT "id", "id", 'owner', "createdAt" FROM "User";

ALTER TABLE "User" DROP COLUMN "dataVersion";

-- Which workspace a browser is working in.
ALTER TABLE "Session" ADD COLUMN "activeWorkspaceId" TEXT;

-- A pending bank link now names its workspace. Pending links live ten minutes, and one in flight during
-- the upgrade is dropped and the person simply connects again.
DELETE FROM "OAuthState";
ALTER TABLE "OAuthState" ADD COLUMN "workspaceId" TEXT NOT NULL;

-- Private accounts.
ALTER TABLE "BankAccount" ADD COLUMN "privateToUserId" TEXT;
ALTER TABLE "BankAccount" ADD COLUMN "addedById" TEXT;

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

ALTER INDEX "AccountBalanceValue_userId_day_idx" RENAME TO "AccountBalanceValue_workspaceId_day_idx";
ALTER INDEX "Alert_userId_dedupeKey_key" RENAME TO "Alert_workspaceId_dedupeKey_key";
ALTER INDEX "Alert_userId_status_occurredAt_idx" RENAME TO "Alert_workspaceId_status_occurredAt_idx";
ALTER INDEX "BankAccount_userId_bankAccountId_key" RENAME TO "BankAccount_workspaceId_bankAccountId_key";
ALTER INDEX "BankConnection_userId_idx" RENAME TO "BankConnection_workspaceId_idx";
ALTER INDEX "Budget_userId_categoryId_month_key" RENAME TO "Budget_workspaceId_categoryId_month_key";
ALTER INDEX "Budget_userId_month_idx" RENAME TO "Budget_workspaceId_month_idx";
ALTER INDEX "Category_userId_key_key" RENAME TO "Category_workspaceId_key_key";
ALTER INDEX "Category_userId_nameKey_key" RENAME TO "Category_workspaceId_nameKey_key";
ALTER INDEX "Category_userId_parentId_idx" RENAME TO "Category_workspaceId_parentId_idx";
ALTER INDEX "CategoryRule_userId_priority_idx" RENAME TO "CategoryRule_workspaceId_priority_idx";
ALTER INDEX "Goal_userId_targetDate_idx" RENAME TO "Goal_workspaceId_targetDate_idx";
ALTER INDEX "Holding_userId_idx" RENAME TO "Holding_workspaceId_idx";
ALTER INDEX "LendingReport_userId_createdAt_idx" RENAME TO "LendingReport_workspaceId_createdAt_idx";
ALTER INDEX "PayeeRename_userId_payeeKey_key" RENAME TO "PayeeRename_workspaceId_payeeKey_key";
ALTER INDEX "SyncRun_userId_startedAt_idx" RENAME TO "SyncRun_workspaceId_startedAt_idx";
ALTER INDEX "Tag_userId_name_key" RENAME TO "Tag_workspaceId_name_key";
ALTER INDEX "Transaction_userId_amountMinor_id_idx" RENAME TO "Transaction_workspaceId_amountMinor_id_idx";
ALTER INDEX "Transaction_userId_bookedOn_id_idx" RENAME TO "Transaction_workspaceId_bookedOn_id_idx";
ALTER INDEX "Transaction_userId_categoryId_amountMinor_id_idx" RENAME TO "Transaction_workspaceId_categoryId_amountMinor_id_idx";
ALTER INDEX "Transaction_userId_categoryId_bookedOn_id_idx" RENAME TO "Transaction_workspaceId_categoryId_bookedOn_id_idx";
ALTER INDEX "Transaction_userId_createdAt_id_idx" RENAME TO "Transaction_workspaceId_createdAt_id_idx";
ALTER INDEX "Transaction_userId_payeeKey_idx" RENAME TO "Transaction_workspaceId_payeeKey_idx";
ALTER INDEX "Transaction_userId_status_bookedOn_id_idx" RENAME TO "Transaction_workspaceId_status_bookedOn_id_idx";
ALTER INDEX "TransactionSplit_userId_categoryId_idx" RENAME TO "TransactionSplit_workspaceId_categoryId_idx";
ALTER INDEX "WebhookDelivery_userId_createdAt_idx" RENAME TO "WebhookDelivery_workspaceId_createdAt_idx";

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
