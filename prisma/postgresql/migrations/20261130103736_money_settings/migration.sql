-- CreateTable
CREATE TABLE "MoneySettings" (
    "userId" TEXT NOT NULL,
    "savingsContributions" TEXT NOT NULL DEFAULT 'transfer',
    "ownerDraws" TEXT NOT NULL DEFAULT 'separate',
    "loanPayments" TEXT NOT NULL DEFAULT 'spending',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MoneySettings_pkey" PRIMARY KEY ("userId")
);
