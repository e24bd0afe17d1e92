-- CreateTable
CREATE TABLE "MoneySettings" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "savingsContributions" TEXT NOT NULL DEFAULT 'transfer',
    "ownerDraws" TEXT NOT NULL DEFAULT 'separate',
    "loanPayments" TEXT NOT NULL DEFAULT 'spending',
    "updatedAt" DATETIME NOT NULL
);
