-- AlterTable
ALTER TABLE "Source" ADD COLUMN "captureId" TEXT;
ALTER TABLE "Source" ADD COLUMN "checkMessage" TEXT;
ALTER TABLE "Source" ADD COLUMN "checkStatus" TEXT;
ALTER TABLE "Source" ADD COLUMN "checkedAt" DATETIME;

-- CreateTable
CREATE TABLE "Capture" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceId" TEXT,
    "version" INTEGER,
    "kind" TEXT NOT NULL,
    "requestedUrl" TEXT,
    "finalUrl" TEXT,
    "redirects" TEXT NOT NULL DEFAULT '[]',
    "httpStatus" INTEGER,
    "contentType" TEXT NOT NULL,
    "charset" TEXT,
    "fileName" TEXT,
    "takenAt" DATETIME NOT NULL,
    "sha256" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "raw" TEXT,
    "hasRaw" BOOLEAN NOT NULL DEFAULT false,
    "text" TEXT NOT NULL,
    "textHash" TEXT NOT NULL,
    "metadata" TEXT NOT NULL DEFAULT '{}',
    "warnings" TEXT NOT NULL DEFAULT '[]',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Capture_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Capture_createdAt_idx" ON "Capture"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Capture_sourceId_version_key" ON "Capture"("sourceId", "version");

