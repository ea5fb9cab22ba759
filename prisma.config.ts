/**
 * Prisma CLI configuration: the TypeScript engine with a driver adapter, so that generate and
 * migrate need no native engine download (Prisma 6.19; Prisma 7's CLI would fetch one).
 */
import path from "node:path";
import type { PrismaConfig } from "prisma";
import { cliAdapter } from "./prisma/cli-adapter";
import { databaseUrl } from "./server/database-url";

// The schema's env("DATABASE_URL") must resolve even when nothing is configured.
process.env.DATABASE_URL = databaseUrl();

export default {
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  async adapter() {
    // migrate diff replays the migrations into a scratch database (the shadow database).
    return cliAdapter(databaseUrl(), process.env.SHADOW_DATABASE_URL);
  },
} satisfies PrismaConfig;
