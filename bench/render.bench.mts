/**
 * The workspace of one big comparison (two generated ~10,000-word sources, about 320 quotes
 * each) in the production app, on a scratch database: server render of the page against the
 * list page, then load, hydration, long tasks and scrolling in Chromium. Builds first when the
 * build is missing or stale, as `npm start` does. A benchmark, not a test: it asserts no time.
 *   node --conditions=react-server --import tsx bench/render.bench.mts
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import { migratedDatabase } from "../test/database";
import { generatePair } from "./generate";

const ROOT = path.resolve(import.meta.dirname, "..");
const NEXT = path.join(ROOT, "node_modules", ".bin", "next");
const WORDS = 10_000;
const SEED = 20_240_601;
const WARMUP_REQUESTS = 5;
const REQUESTS = 30;
const PAGE_LOADS = 7;
const FIRST_PORT = 3300;
const SERVER_START_TIMEOUT_MS = 60_000;
const SERVER_STOP_TIMEOUT_MS = 5_000;
const HYDRATION_TIMEOUT_MS = 30_000;
/** Pixels scrolled per animation frame: a brisk mouse wheel. */
const SCROLL_STEP_PX = 120;
/** A frame longer than this is visible jank, in ms. */
const JANK_FRAME_MS = 50;
/** Wide enough for the side-by-side layout (64rem and up). */
const VIEWPORT = { width: 1440, height: 900 };
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

const scratch = migratedDatabase("render");
process.env.DATABASE_URL = scratch.url;
const { createPrisma } = await import("../server/db");
const { createComparison, getComparison } = await import("../server/comparisons");
const { comparisonInclude, comparisonView } = await import("../server/comparison-view");
const db = createPrisma(scratch.url);

const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);
const quantile = (xs: readonly number[], q: number) => sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * q))] ?? NaN;
const median = (xs: readonly number[]) => quantile(xs, 0.5);
const ms = (x: number) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

async function time<T>(run: () => Promise<T>, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  return times;
}

/** Stores the generated pair through the app's own write path and prints what it holds. */
async function storeComparison(): Promise<string> {
  const [a, b] = generatePair(WORDS, SEED);
  const { id } = await createComparison({
    title: "Render benchmark: the flood barrier, two outlets",
    sources: [
      { outlet: "Harbour Gazette", title: "Council backs the barrier", text: a.text, url: undefined, publishedAt: undefined },
      { outlet: "Valley Courier", title: "Barrier vote splits the valley", text: b.text, url: undefined, publishedAt: undefined },
    ],
  }, db);
  const view = await getComparison(id, db);
  if (!view) throw new Error("the stored comparison cannot be read back");
  const quotes = view.sources.map((s) => s.quotes.length);
  console.log(
    `comparison: ${a.words.toLocaleString("en")} + ${b.words.toLocaleString("en")} words, ${quotes.join(" + ")} = ${quotes.reduce((n, q) => n + q, 0)} quotes, ` +
      `${view.matches.length} matches, ${view.discrepancies.length} discrepancies (${Object.entries(view.counts).map(([k, n]) => `${n} ${k}`).join(", ")})`,
  );
  return id;
}

/** Where the server-side time goes before React: the query, the mapping, the props' size. */
async function profileLoad(id: string): Promise<string[]> {
  const load = () => db.comparison.findUniqueOrThrow({ where: { id }, include: comparisonInclude });
  const row = await load();
  const query = await time(load, REQUESTS);
  const mapping = await time(async () => comparisonView(row), REQUESTS);
  const props = JSON.stringify(comparisonView(row)).length;
  return [
    `| getComparison in the bench process: query | ${ms(median(query))} | ${ms(quantile(query, 0.9))} |`,
    `| getComparison in the bench process: view mapping | ${ms(median(mapping))} | ${ms(quantile(mapping, 0.9))} |`,
    `| the Workspace's props as JSON | ${kb(props)} | |`,
  ];
}

/** Newest modification time below `dir`, skipping generated folders (as scripts/start.mjs does). */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let max = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (["node_modules", ".next", "generated", "data", "test-results"].includes(entry.name)) continue;
    const full = path.join(dir, entry.name);
    max = Math.max(max, entry.isDirectory() ? newest(full) : existsSync(full) ? statSync(full).mtimeMs : 0);
  }
  return max;
}

function ensureBuild(): void {
  const mtime = (file: string) => (existsSync(path.join(ROOT, file)) ? statSync(path.join(ROOT, file)).mtimeMs : 0);
  const sources = Math.max(
    ...["app", "components", "lib", "server", "public"].map((d) => newest(path.join(ROOT, d))),
    ...["next.config.js", "package-lock.json", "postcss.config.mjs", "tsconfig.json", "prisma/schema.prisma"].map(mtime),
  );
  if (existsSync(path.join(ROOT, ".next/BUILD_ID")) && sources <= mtime(".next/BUILD_ID")) return;
  console.log("the build is missing or older than the sources: next build");
  const result = spawnSync(NEXT, ["build"], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) throw new Error("next build failed");
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

type Server = { base: string; child: ChildProcess };

async function startServer(): Promise<Server> {
  let port = FIRST_PORT;
  while (!(await portIsFree(port))) port++;
  // Its own process group, so that stopping it also stops anything it spawned.
  const child = spawn(NEXT, ["start", "-p", String(port), "-H", "127.0.0.1"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: scratch.url }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output}`);
    const ok = await fetch(`${base}/api/comparisons?limit=1`).then((r) => r.ok, () => false);
    if (ok) return { base, child };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stopServer({ base, child });
  throw new Error(`next start did not answer within ${SERVER_START_TIMEOUT_MS / 1000} s:\n${output}`);
}

/** Stops the server's process group, forcibly when it has not exited after a few seconds. */
async function stopServer(server: Server): Promise<void> {
  const { child } = server;
  const pid = child.pid;
  if (pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pid, name);
    } catch {
      child.kill(name);
    }
  };
  signal("SIGTERM");
  const timer = setTimeout(() => signal("SIGKILL"), SERVER_STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

type Fetched = { ttfb: number[]; full: number[]; bytes: number; flight: number };

/** Full response and time to the headers, after warm-up requests; the last body's size. */
async function timeGet(url: string, headers: Record<string, string> = {}): Promise<Fetched> {
  const ttfb: number[] = [];
  const full: number[] = [];
  let html = "";
  for (let i = 0; i < WARMUP_REQUESTS + REQUESTS; i++) {
    const t = performance.now();
    const response = await fetch(url, { cache: "no-store", headers });
    const firstByte = performance.now() - t;
    html = await response.text();
    if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
    if (i < WARMUP_REQUESTS) continue;
    ttfb.push(firstByte);
    full.push(performance.now() - t);
  }
  // The RSC payload inlined for hydration: the props again, next to the rendered HTML.
  const flight = [...html.matchAll(/<script>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[1] ?? ""), 0);
  return { ttfb, full, bytes: Buffer.byteLength(html), flight };
}

type LoadFigures = { interactive: number; fcp: number; longTasks: number; longTaskCount: number; longest: number };
type ScrollFigures = { frames: number; janky: number; p95: number; longTasks: number; maxRows: number };
type PageRun = { load: LoadFigures; text: ScrollFigures; list: ScrollFigures; listed: number };
type BenchWindow = Window & { __bench: { longTasks: { start: number; duration: number }[]; interactiveAt: number | null } };

/**
 * Runs in the page before its own scripts: records long tasks, and presses j (next discrepancy)
 * every 5 ms until a list item is current, i.e. the workspace is hydrated and answers keys.
 */
function instrument(): void {
  const state: BenchWindow["__bench"] = { longTasks: [], interactiveAt: null };
  (window as unknown as BenchWindow).__bench = state;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) state.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  const poll = () => {
    if (document.querySelector('[role="listitem"] [aria-current="true"]')) {
      state.interactiveAt = performance.now();
      return;
    }
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "j", bubbles: true }));
    setTimeout(poll, 5);
  };
  setTimeout(poll, 0);
}

/** Scrolls a box top to bottom one step per frame, timing every frame. */
async function scrollThrough([selector, step, jank]: [string, number, number]): Promise<ScrollFigures> {
  const found = document.querySelector(selector);
  const box = found?.matches("[role=list]") ? found.parentElement : found;
  if (!(box instanceof HTMLElement)) throw new Error(`nothing to scroll at ${selector}`);
  const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
  box.scrollTop = 0;
  await frame();
  await frame();
  const start = performance.now();
  const times: number[] = [];
  let maxRows = 0;
  let last = await frame();
  while (box.scrollTop + box.clientHeight < box.scrollHeight - 1) {
    box.scrollTop += step;
    const now = await frame();
    times.push(now - last);
    last = now;
    maxRows = Math.max(maxRows, document.querySelectorAll('[role="listitem"] [data-fingerprint]').length);
  }
  const longTasks = (window as unknown as BenchWindow).__bench.longTasks.filter((t) => t.start >= start).reduce((n, t) => n + t.duration, 0);
  times.sort((a, b) => a - b);
  return { frames: times.length, janky: times.filter((t) => t > jank).length, p95: times[Math.floor(times.length * 0.95)] ?? 0, longTasks, maxRows };
}

async function loadOnce(browser: Browser, url: string, errors: Set<string>): Promise<PageRun> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page: Page = await context.newPage();
    page.on("console", (m) => (m.type() === "error" ? errors.add(`console: ${m.text()} (${m.location().url})`) : undefined));
    page.on("pageerror", (e) => errors.add(`page error: ${e.message}`));
    // tsx names functions with a helper (__name) the page does not have.
    await page.addInitScript({ content: "globalThis.__name = (f) => f;" });
    await page.addInitScript(instrument);
    await page.goto(url, { waitUntil: "load" });
    // Never interactive: most likely the build was replaced under the server (its chunks 404).
    await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.interactiveAt !== null, undefined, { timeout: HYDRATION_TIMEOUT_MS });
    // Let the effects that follow hydration (quote maps measuring the text) settle.
    await page.waitForTimeout(1_000);
    const load = await page.evaluate((): LoadFigures => {
      const bench = (window as unknown as BenchWindow).__bench;
      const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN;
      const durations = bench.longTasks.map((t) => t.duration);
      return { interactive: bench.interactiveAt ?? NaN, fcp, longTasks: durations.reduce((n, d) => n + d, 0), longTaskCount: durations.length, longest: Math.max(0, ...durations) };
    });
    const synced = await page.getByRole("checkbox", { name: "Sync scrolling" }).isChecked();
    if (!synced) throw new Error("synced scrolling is off: the text scroll would not measure it");
    const text = await page.evaluate(scrollThrough, ["[data-source-text]", SCROLL_STEP_PX, JANK_FRAME_MS] as [string, number, number]);
    const list = await page.evaluate(scrollThrough, ['[role="list"][aria-label^="Discrepancies"]', SCROLL_STEP_PX, JANK_FRAME_MS] as [string, number, number]);
    const label = (await page.getByRole("list", { name: /^Discrepancies, \d+ shown/ }).getAttribute("aria-label")) ?? "";
    return { load, text, list, listed: Number(/^Discrepancies, (\d+)/.exec(label)?.[1] ?? NaN) };
  } finally {
    await context.close();
  }
}

async function measureClient(url: string, total: number): Promise<string[]> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const errors = new Set<string>();
  const runs: PageRun[] = [];
  try {
    await loadOnce(browser, url, errors);
    for (let i = 0; i < PAGE_LOADS; i++) runs.push(await loadOnce(browser, url, errors));
  } finally {
    await browser.close();
    for (const e of errors) console.log(`browser ${e}`);
  }
  const m = (f: (r: PageRun) => number) => median(runs.map(f));
  const scroll = (name: string, f: (r: PageRun) => ScrollFigures) =>
    `| ${name} (${m((r) => f(r).frames)} frames) | ${m((r) => f(r).janky)} frames over ${JANK_FRAME_MS} ms, p95 frame ${ms(m((r) => f(r).p95))} | long tasks ${ms(m((r) => f(r).longTasks))} |`;
  return [
    `| first contentful paint | ${ms(m((r) => r.load.fcp))} | |`,
    `| interactive (j selects a discrepancy), from navigation start | ${ms(m((r) => r.load.interactive))} | min ${ms(Math.min(...runs.map((r) => r.load.interactive)))}, max ${ms(Math.max(...runs.map((r) => r.load.interactive)))} |`,
    `| long tasks during load (to interactive + 1 s) | ${ms(m((r) => r.load.longTasks))} in ${m((r) => r.load.longTaskCount)} tasks | longest ${ms(m((r) => r.load.longest))} |`,
    scroll("left text scrolled top to bottom, synced", (r) => r.text),
    scroll("discrepancy list scrolled top to bottom", (r) => r.list),
    `| list rows in the DOM (most at once) | ${m((r) => r.list.maxRows)} | of ${m((r) => r.listed)} listed (${total} discrepancies, cosmetic hidden by default) |`,
  ];
}

let server: Server | null = null;
// Ctrl-C while measuring still stops the server and removes the scratch database.
process.once("SIGINT", () => {
  void (server ? stopServer(server) : Promise.resolve()).finally(() => {
    scratch.remove();
    process.exit(130);
  });
});
try {
  const id = await storeComparison();
  const profile = await profileLoad(id);
  ensureBuild();
  server = await startServer();
  const workspace = await timeGet(`${server.base}/comparisons/${id}`);
  // What a client-side navigation fetches: the server components' payload, without the HTML.
  const payload = await timeGet(`${server.base}/comparisons/${id}`, { RSC: "1" });
  const list = await timeGet(`${server.base}/`);
  const total = (await getComparison(id, db))?.discrepancies.length ?? 0;
  const client = await measureClient(`${server.base}/comparisons/${id}`, total);
  const row = (name: string, xs: number[], note = "") => `| ${name} | ${ms(median(xs))} | ${ms(quantile(xs, 0.9))}${note} |`;
  console.log(`\n${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(" / ")} (1 / 5 / 15 min) at the end`);
  console.log(`Server render, ${REQUESTS} requests after ${WARMUP_REQUESTS} warm-up (median, p90), then Chromium, ${PAGE_LOADS} loads (medians):\n`);
  console.log("| measure | median | p90 / notes |\n|---|---:|---|");
  console.log(
    [
      row("GET /comparisons/[id], full response", workspace.full),
      row("GET /comparisons/[id], time to first byte", workspace.ttfb),
      row("the same as RSC payload (client navigation), full response", payload.full, `; ${kb(payload.bytes)}`),
      row("GET / (list page), full response", list.full),
      `| workspace ÷ list page | ${(median(workspace.full) / median(list.full)).toFixed(1)}× | |`,
      `| workspace HTML | ${kb(workspace.bytes)} | of which ${kb(workspace.flight)} inline RSC payload |`,
      ...profile,
      ...client,
    ].join("\n"),
  );
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  if (server) await stopServer(server);
  await db.$disconnect();
  scratch.remove();
}
