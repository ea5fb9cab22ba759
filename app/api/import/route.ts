import { handle, json, parse, readJson } from "@/server/http";
import { importUrl } from "@/server/import/url-import";
import { importUrlRequestSchema } from "@/server/schemas";

/** Fetches a web page on the server: the article's clean text, its metadata and provenance (nothing is stored). */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const { url } = parse(importUrlRequestSchema, await readJson(request));
    return json({ source: await importUrl(url) });
  });
}
