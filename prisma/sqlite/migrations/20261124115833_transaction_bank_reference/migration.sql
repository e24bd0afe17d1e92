-- AlterTable
ALTER TABLE "Transaction" ADD COLUMN "bankReferenceId" TEXT;
