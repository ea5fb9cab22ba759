/**
 * A scratch SQLite database with the committed migrations applied by `prisma migrate deploy`,
 * exactly as `npm start` prepares one. For tests and benchmarks.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");

export type ScratchDatabase = { url: string; remove: () => void };

export function migratedDatabase(name: string): ScratchDatabase {
  const dir = mkdtempSync(path.join(tmpdir(), `quote-compare-${name}-`));
  const url = `file:${path.join(dir, `${name}.db`)}`;
  execFileSync(path.join(ROOT, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
  return { url, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
