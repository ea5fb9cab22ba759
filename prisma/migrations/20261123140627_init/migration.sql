-- CreateTable
CREATE TABLE "Comparison" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "engineVersion" TEXT NOT NULL,
    "counts" TEXT NOT NULL DEFAULT '{}',
    "analyzedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "comparisonId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "outlet" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "publishedAt" DATETIME,
    "text" TEXT NOT NULL,
    "textHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Source_comparisonId_fkey" FOREIGN KEY ("comparisonId") REFERENCES "Comparison" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Quote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "comparisonId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "exact" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "suffix" TEXT NOT NULL,
    "openMark" TEXT NOT NULL,
    "closeMark" TEXT,
    "confidence" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "speaker" TEXT,
    "speakerMention" TEXT,
    "verb" TEXT,
    "utterance" TEXT NOT NULL,
    "paragraph" INTEGER NOT NULL,
    "wordCount" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Quote_comparisonId_fkey" FOREIGN KEY ("comparisonId") REFERENCES "Comparison" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Quote_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Match" (
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Match_comparisonId_fkey" FOREIGN KEY ("comparisonId") REFERENCES "Comparison" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Match_leftQuoteId_fkey" FOREIGN KEY ("leftQuoteId") REFERENCES "Quote" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Match_rightQuoteId_fkey" FOREIGN KEY ("rightQuoteId") REFERENCES "Quote" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Discrepancy" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "comparisonId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "matchId" TEXT,
    "leftQuoteId" TEXT NOT NULL,
    "rightQuoteId" TEXT,
    "leftText" TEXT,
    "rightText" TEXT,
    "leftStart" INTEGER,
    "leftEnd" INTEGER,
    "rightStart" INTEGER,
    "rightEnd" INTEGER,
    "ellipsis" BOOLEAN,
    "message" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Discrepancy_comparisonId_fkey" FOREIGN KEY ("comparisonId") REFERENCES "Comparison" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Discrepancy_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "Match" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Discrepancy_leftQuoteId_fkey" FOREIGN KEY ("leftQuoteId") REFERENCES "Quote" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Discrepancy_rightQuoteId_fkey" FOREIGN KEY ("rightQuoteId") REFERENCES "Quote" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "comparisonId" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "note" TEXT NOT NULL DEFAULT '',
    "tags" TEXT NOT NULL DEFAULT '[]',
    "author" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Review_comparisonId_fkey" FOREIGN KEY ("comparisonId") REFERENCES "Comparison" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReviewEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reviewId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "tags" TEXT NOT NULL,
    "author" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ReviewEvent_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Comparison_createdAt_id_idx" ON "Comparison"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Source_outlet_idx" ON "Source"("outlet");

-- CreateIndex
CREATE UNIQUE INDEX "Source_comparisonId_position_key" ON "Source"("comparisonId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Source_comparisonId_key_key" ON "Source"("comparisonId", "key");

-- CreateIndex
CREATE INDEX "Quote_sourceId_start_idx" ON "Quote"("sourceId", "start");

-- CreateIndex
CREATE UNIQUE INDEX "Quote_comparisonId_key_key" ON "Quote"("comparisonId", "key");

-- CreateIndex
CREATE INDEX "Match_leftQuoteId_idx" ON "Match"("leftQuoteId");

-- CreateIndex
CREATE INDEX "Match_rightQuoteId_idx" ON "Match"("rightQuoteId");

-- CreateIndex
CREATE UNIQUE INDEX "Match_comparisonId_key_key" ON "Match"("comparisonId", "key");

-- CreateIndex
CREATE INDEX "Discrepancy_comparisonId_rank_idx" ON "Discrepancy"("comparisonId", "rank");

-- CreateIndex
CREATE UNIQUE INDEX "Discrepancy_comparisonId_fingerprint_key" ON "Discrepancy"("comparisonId", "fingerprint");

-- CreateIndex
CREATE UNIQUE INDEX "Discrepancy_comparisonId_key_key" ON "Discrepancy"("comparisonId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Review_comparisonId_fingerprint_key" ON "Review"("comparisonId", "fingerprint");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewEvent_reviewId_version_key" ON "ReviewEvent"("reviewId", "version");

