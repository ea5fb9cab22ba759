import { handle, json, parse, readJson } from "@/server/http";
import { linkQuotes, unlinkQuotes } from "@/server/links";
import { overrideRequestSchema } from "@/server/schemas";

type Context = { params: Promise<{ id: string }> };

/**
 * Links or unlinks two quotes (row ids from the comparison's JSON) and re-analyses: 201 with the
 * override and the new comparison view; 404 unknown comparison or quote, 422 the same quote or
 * the same source twice.
 */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  return handle(async () => {
    const { id } = await params;
    const { action, ...input } = parse(overrideRequestSchema, await readJson(request));
    return json(await (action === "link" ? linkQuotes(id, input) : unlinkQuotes(id, input)), 201);
  });
}
