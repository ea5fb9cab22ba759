import { storeCapture } from "@/server/captures";
import { handle, json, parse, readJson } from "@/server/http";
import { importUrl } from "@/server/import/url-import";
import { importUrlRequestSchema } from "@/server/schemas";

/**
 * Fetches a web page on the server: the article's clean text, its metadata and provenance. The
 * fetch is kept as a capture; a comparison saved with `captureId` on the source keeps it as that
 * source's provenance (raw page included).
 */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const { url } = parse(importUrlRequestSchema, await readJson(request));
    const source = await importUrl(url);
    return json({ captureId: await storeCapture(source), source });
  });
}
