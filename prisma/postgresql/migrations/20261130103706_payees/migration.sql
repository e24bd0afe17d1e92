-- AlterTable
ALTER TABLE "SyncCursor" ADD COLUMN     "passRows" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "passTotal" INTEGER;

-- AlterTable
ALTER TABLE "Transaction" ADD COLUMN     "payee" TEXT,
ADD COLUMN     "payeeKey" TEXT;

-- CreateTable
CREATE TABLE "PayeeRename" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "payeeKey" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PayeeRename_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PayeeRename_userId_payeeKey_key" ON "PayeeRename"("userId", "payeeKey");

-- CreateIndex
CREATE INDEX "Transaction_userId_payeeKey_idx" ON "Transaction"("userId", "payeeKey");
