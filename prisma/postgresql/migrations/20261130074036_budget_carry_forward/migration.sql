-- AlterTable
ALTER TABLE "Budget" ADD COLUMN     "stopped" BOOLEAN NOT NULL DEFAULT false;
