-- CreateIndex
CREATE INDEX "Transaction_userId_createdAt_id_idx" ON "Transaction"("userId", "createdAt", "id");
