import { analyze } from "@/lib";
import { handle, json, parse, readJson } from "@/server/http";
import { analyzeInputSchema } from "@/server/schemas";

/** Stateless analysis: sources in, the engine's Analysis out (the CLI's --json schema). */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const { sources } = parse(analyzeInputSchema, await readJson(request));
    return json(analyze(sources.map((s, i) => ({ id: `s${i + 1}`, name: s.outlet || s.title || `Source ${i + 1}`, text: s.text }))));
  });
}
