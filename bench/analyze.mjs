/**
 * Runs bench/analyze.bench.ts on the engine compiled the way the app ships it: one esbuild bundle
 * of our code (dependencies stay packages), with no helpers added. tsx, which runs the other
 * benches, compiles with `keepNames`, wrapping every function it creates in a `__name(...)`
 * call; on the engine's closures that added 10–30% to the time in our runs (tsx's cost, not the
 * engine's). Next compiles the engine without it.
 */
import { build } from "esbuild";
import { spawnSync } from "node:child_process";

const outfile = "bench/.build/analyze.bench.mjs";
await build({
  entryPoints: ["bench/analyze.bench.ts"],
  outfile,
  bundle: true,
  packages: "external",
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
});
const run = spawnSync(process.execPath, ["--expose-gc", outfile], { stdio: "inherit" });
process.exitCode = run.status ?? 1;
