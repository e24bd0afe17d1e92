-- AlterTable
ALTER TABLE "SyncRun" ADD COLUMN     "retryAt" TIMESTAMP(3);
