-- DropIndex
DROP INDEX "Transaction_accountId_bookedOn_idx";

-- DropIndex
DROP INDEX "Transaction_userId_bookedOn_idx";

-- DropIndex
DROP INDEX "Transaction_userId_categoryId_bookedOn_idx";

-- CreateIndex
CREATE INDEX "Transaction_userId_bookedOn_id_idx" ON "Transaction"("userId", "bookedOn", "id");

-- CreateIndex
CREATE INDEX "Transaction_userId_amountMinor_id_idx" ON "Transaction"("userId", "amountMinor", "id");

-- CreateIndex
CREATE INDEX "Transaction_accountId_bookedOn_id_idx" ON "Transaction"("accountId", "bookedOn", "id");

-- CreateIndex
CREATE INDEX "Transaction_accountId_amountMinor_id_idx" ON "Transaction"("accountId", "amountMinor", "id");

-- CreateIndex
CREATE INDEX "Transaction_userId_categoryId_bookedOn_id_idx" ON "Transaction"("userId", "categoryId", "bookedOn", "id");

-- CreateIndex
CREATE INDEX "Transaction_userId_categoryId_amountMinor_id_idx" ON "Transaction"("userId", "categoryId", "amountMinor", "id");

-- CreateIndex
CREATE INDEX "Transaction_userId_status_bookedOn_id_idx" ON "Transaction"("userId", "status", "bookedOn", "id");
