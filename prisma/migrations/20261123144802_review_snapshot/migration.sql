-- AlterTable
ALTER TABLE "Review" ADD COLUMN "kind" TEXT;
ALTER TABLE "Review" ADD COLUMN "leftText" TEXT;
ALTER TABLE "Review" ADD COLUMN "message" TEXT;
ALTER TABLE "Review" ADD COLUMN "quoteText" TEXT;
ALTER TABLE "Review" ADD COLUMN "rightText" TEXT;
ALTER TABLE "Review" ADD COLUMN "severity" TEXT;

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

