-- CreateTable
CREATE TABLE "MatchOverride" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "comparisonId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "leftSourceKey" TEXT NOT NULL,
    "leftText" TEXT NOT NULL,
    "leftOccurrence" INTEGER NOT NULL DEFAULT 1,
    "rightSourceKey" TEXT NOT NULL,
    "rightText" TEXT NOT NULL,
    "rightOccurrence" INTEGER NOT NULL DEFAULT 1,
    "pairKey" TEXT NOT NULL,
    "author" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MatchOverride_comparisonId_fkey" FOREIGN KEY ("comparisonId") REFERENCES "Comparison" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Match" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "comparisonId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "leftQuoteId" TEXT NOT NULL,
    "rightQuoteId" TEXT NOT NULL,
    "relation" TEXT NOT NULL,
    "contained" TEXT,
    "score" REAL NOT NULL,
    "sharedWords" INTEGER NOT NULL,
    "leftStart" INTEGER NOT NULL,
    "leftEnd" INTEGER NOT NULL,
    "rightStart" INTEGER NOT NULL,
    "rightEnd" INTEGER NOT NULL,
    "diff" TEXT,
    "origin" TEXT NOT NULL DEFAULT 'engine',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Match_comparisonId_fkey" FOREIGN KEY ("comparisonId") REFERENCES "Comparison" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Match_leftQuoteId_fkey" FOREIGN KEY ("leftQuoteId") REFERENCES "Quote" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Match_rightQuoteId_fkey" FOREIGN KEY ("rightQuoteId") REFERENCES "Quote" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Match" ("comparisonId", "contained", "createdAt", "diff", "id", "key", "leftEnd", "leftQuoteId", "leftStart", "relation", "rightEnd", "rightQuoteId", "rightStart", "score", "sharedWords", "updatedAt") SELECT "comparisonId", "contained", "createdAt", "diff", "id", "key", "leftEnd", "leftQuoteId", "leftStart", "relation", "rightEnd", "rightQuoteId", "rightStart", "score", "sharedWords", "updatedAt" FROM "Match";
DROP TABLE "Match";
ALTER TABLE "new_Match" RENAME TO "Match";
CREATE INDEX "Match_leftQuoteId_idx" ON "Match"("leftQuoteId");
CREATE INDEX "Match_rightQuoteId_idx" ON "Match"("rightQuoteId");
CREATE UNIQUE INDEX "Match_comparisonId_key_key" ON "Match"("comparisonId", "key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "MatchOverride_comparisonId_pairKey_key" ON "MatchOverride"("comparisonId", "pairKey");

