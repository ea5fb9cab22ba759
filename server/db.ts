import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";

/** Opens a client on the given database (tests use a temporary file). */
export function createPrisma(url: string = env.databaseUrl): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** The one Prisma client of the process (kept across hot reloads in development). */
export const prisma: PrismaClient = globalForPrisma.prisma ?? createPrisma();
if (env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
