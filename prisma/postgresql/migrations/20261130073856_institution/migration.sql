-- AlterTable
ALTER TABLE "BankConnection" ALTER COLUMN "institution" SET DEFAULT 'chase';

-- AlterTable
ALTER TABLE "OAuthState" ADD COLUMN     "institution" TEXT NOT NULL DEFAULT 'chase';
