// Writes a new migration from the difference between prisma/migrations and the schema:
//   npm run db:migration -- <name>
// (`prisma migrate dev` fails with P1014 under driver adapters; this is the supported path.)
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("db:migration: give a name of lower-case letters, digits and underscores");
  process.exit(2);
}
mkdirSync("data", { recursive: true });
const shadow = path.join("data", "migration-shadow.db");
rmSync(shadow, { force: true });
const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "file:./data/migration-check.db", SHADOW_DATABASE_URL: `file:${path.resolve(shadow)}` };
const sql = execFileSync("npx", ["prisma", "migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--script"], { env, encoding: "utf8" });
if (!/\S/.test(sql.replace(/^--.*$/gm, ""))) {
  console.log("db:migration: the schema matches the migrations; nothing to write");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`db:migration: wrote ${dir}/migration.sql`);
