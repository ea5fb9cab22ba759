-- AlterTable
ALTER TABLE "Source" ADD COLUMN "byline" TEXT;

