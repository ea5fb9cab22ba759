/**
 * Seeds the demo comparison on a database's first run. Run with
 * the react-server condition, as server code expects: `node --conditions=react-server --import tsx prisma/seed.ts`.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { createComparison } from "../server/comparisons";
import { prisma } from "../server/db";
import { comparisonInputSchema } from "../server/schemas";

const demoSchema = z.object({
  title: z.string(),
  sources: z.array(z.object({ file: z.string(), outlet: z.string(), title: z.string(), url: z.string().optional(), publishedAt: z.string().optional() })),
});

/** Seeds once per database: a marker, not an empty table, says so (deleting every comparison must not bring the demo back). */
const MARKER = "demo-seeded";

async function main(): Promise<void> {
  if (await prisma.setting.findUnique({ where: { key: MARKER } })) return;
  if ((await prisma.comparison.count()) > 0) {
    await prisma.setting.create({ data: { key: MARKER, value: "existing data" } });
    return;
  }
  const demo = demoSchema.parse(JSON.parse(readFileSync(new URL("./demo/demo.json", import.meta.url), "utf8")));
  const input = comparisonInputSchema.parse({
    title: demo.title,
    sources: demo.sources.map(({ file, ...meta }) => ({ ...meta, text: readFileSync(new URL(`./demo/${file}`, import.meta.url), "utf8") })),
  });
  const { id } = await createComparison(input);
  await prisma.setting.create({ data: { key: MARKER, value: id } });
  console.log(`Seeded the demo comparison: /comparisons/${id}`);
}

main()
  .catch((error: unknown) => {
    console.error("seed: could not seed the demo comparison:", error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
