// Runs the Playwright suite in the system's Chromium on a fresh e2e database. When no Chromium
// is found it installs Debian's package (as root on Debian or Ubuntu), or says exactly what to run.
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

function debianLike() {
  if (!existsSync("/etc/os-release")) return false;
  const release = spawnSync("sh", ["-c", ". /etc/os-release && echo \"$ID $ID_LIKE\""], { encoding: "utf8" }).stdout;
  return /\b(?:debian|ubuntu)\b/.test(release);
}

if (!existsSync(chromium)) {
  const root = process.getuid?.() === 0;
  if (!root || !debianLike() || !existsSync("/usr/bin/apt-get")) {
    console.error(`e2e: no Chromium at ${chromium}. Install one and run again, e.g.:\n  sudo apt-get update && sudo apt-get install -y chromium\nor point CHROMIUM_PATH at a Chromium binary.`);
    process.exit(1);
  }
  console.log("e2e: installing Debian's chromium package");
  for (const args of [["update"], ["install", "-y", "--no-install-recommends", "chromium"]]) {
    const r = spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (r.status !== 0) {
      console.error(`e2e: apt-get ${args.join(" ")} failed`);
      process.exit(1);
    }
  }
}

// Every run starts from a fresh database: the one the config will use (E2E_DATABASE, else data/e2e.db).
const database = process.env.E2E_DATABASE ?? path.join("data", "e2e.db");
for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`${database}${suffix}`, { force: true });
const result = spawnSync(path.join("node_modules", ".bin", "playwright"), ["test", "-c", "e2e/playwright.config.ts", ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 1);
