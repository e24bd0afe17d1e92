-- AlterTable
ALTER TABLE "SyncCursor" ADD COLUMN "passRecentRows" INTEGER;
