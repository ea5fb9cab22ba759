/**
 * The comparison list at 100,000 comparisons: first page, a deep page (by cursor) and a search,
 * on a temporary SQLite database with the migrations applied. A benchmark, not a test.
 *   node --conditions=react-server --import tsx bench/list.bench.mts
 */
import { randomUUID } from "node:crypto";
import { migratedDatabase } from "../test/database";

const COMPARISONS = 100_000;
const RUNS = 25;
const scratch = migratedDatabase("list");
process.env.DATABASE_URL = scratch.url;
const { createPrisma } = await import("../server/db");
const { listComparisons } = await import("../server/comparisons");
const db = createPrisma(process.env.DATABASE_URL);

// Setting up 100,000 rows is not what is measured: skip the per-batch fsync.
await db.$queryRawUnsafe("PRAGMA synchronous = OFF");
const OUTLETS = ["Harbour Gazette", "Valley Courier", "Northgate Herald", "Coast Times", "Mill Street Post"];
const t0 = performance.now();
for (let batch = 0; batch < COMPARISONS / 1000; batch++) {
  const comparisons = Array.from({ length: 1000 }, (_, k) => {
    const n = batch * 1000 + k;
    const title = `Council vote ${n} on the flood barrier`;
    return { id: randomUUID(), title, searchText: `${title} • ${OUTLETS[n % 5]} • ${OUTLETS[(n + 1) % 5]}`.toLowerCase(), engineVersion: "1.0.0", createdAt: new Date(Date.UTC(2026, 0, 1) + n * 60_000) };
  });
  await db.comparison.createMany({ data: comparisons });
  await db.source.createMany({
    data: comparisons.flatMap((c, k) => [0, 1].map((position) => ({ comparisonId: c.id, position, key: `s${position + 1}`, outlet: OUTLETS[(batch * 1000 + k + position) % 5] as string, title: "t", text: "x", textHash: "h" }))),
  });
}
console.log(`inserted ${COMPARISONS.toLocaleString("en")} comparisons in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

async function median(label: string, run: () => Promise<unknown>): Promise<void> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`${label}: median ${(times[RUNS >> 1] as number).toFixed(2)} ms, p90 ${(times[Math.floor(RUNS * 0.9)] as number).toFixed(2)} ms`);
}

let cursor: string | undefined;
for (let page = 0; page < 2500; page++) cursor = (await listComparisons({ limit: 20, cursor }, db)).nextCursor ?? undefined;
await median("first page (20)", () => listComparisons({ limit: 20 }, db));
await median("page 2,500 by cursor", () => listComparisons({ limit: 20, cursor }, db));
await median("search 'coast times', first page", () => listComparisons({ q: "coast times", limit: 20 }, db));
await median("search 'vote 99999' (one hit, full scan)", () => listComparisons({ q: "vote 99999 ", limit: 20 }, db));
await db.$disconnect();
scratch.remove();
