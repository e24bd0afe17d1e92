-- AlterTable
ALTER TABLE "SyncRun" ADD COLUMN "retryAt" DATETIME;
