-- AlterTable
ALTER TABLE "Transaction" ADD COLUMN "payee" TEXT;
ALTER TABLE "Transaction" ADD COLUMN "payeeKey" TEXT;

-- CreateTable
CREATE TABLE "PayeeRename" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "payeeKey" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- AlterTable
ALTER TABLE "SyncCursor" ADD COLUMN "passTotal" INTEGER;
ALTER TABLE "SyncCursor" ADD COLUMN "passRows" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE UNIQUE INDEX "PayeeRename_userId_payeeKey_key" ON "PayeeRename"("userId", "payeeKey");

-- CreateIndex
CREATE INDEX "Transaction_userId_payeeKey_idx" ON "Transaction"("userId", "payeeKey");
