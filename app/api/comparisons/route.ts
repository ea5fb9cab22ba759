import { createComparison, listComparisons } from "@/server/comparisons";
import { handle, json, parse, readJson } from "@/server/http";
import { comparisonInputSchema, listQuerySchema } from "@/server/schemas";

export async function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const params = Object.fromEntries(new URL(request.url).searchParams);
    return json(await listComparisons(parse(listQuerySchema, params)));
  });
}

export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const input = parse(comparisonInputSchema, await readJson(request));
    const { id } = await createComparison(input);
    return json({ id, url: `/comparisons/${id}` }, 201);
  });
}
