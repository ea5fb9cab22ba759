/**
 * The database location, shared by the Prisma CLI config, the app and the start script:
 * DATABASE_URL when set, else an SQLite file under data/. Kept free of "server-only" so that the
 * CLI config can import it.
 */
import path from "node:path";

export const DEFAULT_DATABASE_FILE = path.join("data", "quote-compare.db");

export function databaseUrl(env: Record<string, string | undefined> = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : `file:${path.resolve(DEFAULT_DATABASE_FILE)}`;
}
