/**
 * A test file's own store: a scratch SQLite database with the migrations applied, opened before
 * the file's tests, emptied before each (by `reset`), closed and deleted after.
 */
import { afterAll, beforeAll, beforeEach } from "vitest";
import { createPrisma } from "../server/db";
import type { PrismaClient } from "../server/generated/prisma/client";
import { migratedDatabase, type ScratchDatabase } from "./database";

/** Everything hangs off comparisons (cascades), so deleting them empties the store. */
const deleteComparisons = async (db: PrismaClient) => {
  await db.comparison.deleteMany();
};

/** Registers the hooks; `use` receives the client once it is open. */
export function scratchStore(name: string, use: (db: PrismaClient) => void, reset: (db: PrismaClient) => Promise<void> = deleteComparisons): void {
  let scratch: ScratchDatabase;
  let db: PrismaClient;
  beforeAll(() => {
    scratch = migratedDatabase(name);
    db = createPrisma(scratch.url);
    use(db);
  }, 60_000);
  afterAll(async () => {
    await db.$disconnect();
    scratch.remove();
  });
  beforeEach(() => reset(db));
}
