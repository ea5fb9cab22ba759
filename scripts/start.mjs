// `npm start`: everything a fresh clone needs, each step skipped when already done, then the app.
// `--prepare-only` stops after steps 1 and 2 (what `npm test` needs before type-checking).
//   1. install dependencies when node_modules is missing or older than the lockfile
//   2. generate the Prisma client when it is missing or older than the schema
//   3. apply migrations to the database (DATABASE_URL, else data/quote-compare.db)
//   4. seed the demo comparison when the database has none
//   5. build when the build is missing or older than the sources
//   6. serve on PORT (default 3000)
// Plain Node with no dependencies, since it runs before they are installed.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const port = process.env.PORT?.trim() || "3000";
if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) fail(`PORT must be a number from 1 to 65535, not "${port}"`);

function fail(message) {
  console.error(`start: ${message}`);
  process.exit(1);
}

function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** Newest modification time of the files below `dir` (skipping generated and installed folders). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let max = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (["node_modules", ".next", "generated", "data", "test-results"].includes(entry.name)) continue;
    const full = path.join(dir, entry.name);
    max = Math.max(max, entry.isDirectory() ? newest(full) : mtime(full));
  }
  return max;
}

function run(step, command, args, env = process.env) {
  console.log(`start: ${step}`);
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) fail(`${step} failed (${command} ${args.join(" ")})`);
}

const bin = (name) => path.join(root, "node_modules", ".bin", name);

const installed = !existsSync("node_modules/.package-lock.json") || mtime("package-lock.json") > mtime("node_modules/.package-lock.json");
if (installed) run("installing dependencies", "npm", ["install", "--no-audit", "--no-fund"]);
// After an install the client is generated again: a new Prisma version needs its own.
if (installed || !existsSync("server/generated/prisma/client.ts") || mtime("prisma/schema.prisma") > mtime("server/generated/prisma/client.ts")) {
  run("generating the Prisma client", bin("prisma"), ["generate"]);
}
if (process.argv.includes("--prepare-only")) process.exit(0);
mkdirSync("data", { recursive: true });
run("applying database migrations", bin("prisma"), ["migrate", "deploy"]);
run("checking the demo comparison", process.execPath, ["--conditions=react-server", "--import", "tsx", "prisma/seed.ts"]);

const sources = Math.max(
  ...["app", "components", "lib", "server", "public"].map(newest),
  ...["next.config.js", "package-lock.json", "postcss.config.mjs", "tsconfig.json", "prisma/schema.prisma"].map(mtime),
);
if (!existsSync(".next/BUILD_ID") || sources > mtime(".next/BUILD_ID")) {
  run("building the app", bin("next"), ["build"]);
}

console.log(`start: serving on http://localhost:${port}`);
const server = spawn(bin("next"), ["start", "-p", port], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
