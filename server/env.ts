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
  // host:port pairs exempt from the URL import's address check (tests and local fixtures); empty by default.
  IMPORT_ALLOWED_HOSTS: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((h) => h.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^(?:\[[\da-f:.]+\]|[^\s:/@[\]]+):\d{1,5}$/i, "IMPORT_ALLOWED_HOSTS is a comma-separated list of host:port pairs, e.g. 127.0.0.1:8080,[::1]:8080."))),
});

const parsed = envSchema.safeParse(process.env);
if (!parsed.success) {
  throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
}

export const env = { ...parsed.data, databaseUrl: databaseUrl({ DATABASE_URL: parsed.data.DATABASE_URL }) };
