-- AlterTable (ADD COLUMN, never a table rebuild: other changes add columns to Category too)
ALTER TABLE "Category" ADD COLUMN "nameKey" TEXT;
ALTER TABLE "Category" ADD COLUMN "color" TEXT;
ALTER TABLE "Category" ADD COLUMN "hidden" BOOLEAN NOT NULL DEFAULT false;

-- Existing names get their key (the default tree's names are distinct per user).
UPDATE "Category" SET "nameKey" = lower(trim("name"));

-- CreateTable
CREATE TABLE "Goal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "targetMinor" BIGINT NOT NULL,
    "targetDate" DATETIME NOT NULL,
    "accountId" TEXT,
    "categoryId" TEXT,
    "startsOn" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Category_userId_nameKey_key" ON "Category"("userId", "nameKey");

-- CreateIndex
CREATE INDEX "Goal_userId_targetDate_idx" ON "Goal"("userId", "targetDate");
