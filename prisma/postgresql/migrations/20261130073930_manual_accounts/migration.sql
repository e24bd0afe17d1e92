-- AlterTable
ALTER TABLE "BankAccount" ADD COLUMN     "manualKind" TEXT,
ADD COLUMN     "source" TEXT NOT NULL DEFAULT 'linked',
ALTER COLUMN "connectionId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Transaction" ADD COLUMN     "origin" TEXT NOT NULL DEFAULT 'bank';

-- CreateTable
CREATE TABLE "AccountBalanceValue" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "day" TIMESTAMP(3) NOT NULL,
    "balanceMinor" BIGINT NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountBalanceValue_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AccountBalanceValue_userId_day_idx" ON "AccountBalanceValue"("userId", "day");

-- CreateIndex
CREATE UNIQUE INDEX "AccountBalanceValue_accountId_source_day_key" ON "AccountBalanceValue"("accountId", "source", "day");

-- AddForeignKey
ALTER TABLE "AccountBalanceValue" ADD CONSTRAINT "AccountBalanceValue_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "BankAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;
