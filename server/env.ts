import "server-only";
import { z } from "zod";
import { databaseUrl } from "./database-url";

/** The environment, parsed once: a wrong value stops the server with a clear message. */
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^file:/, "DATABASE_URL must be an SQLite file URL (file:/path/to/db) until the PostgreSQL schema lands.")
    .optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

const parsed = envSchema.safeParse(process.env);
if (!parsed.success) {
  throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
}

export const env = { ...parsed.data, databaseUrl: databaseUrl({ DATABASE_URL: parsed.data.DATABASE_URL }) };
