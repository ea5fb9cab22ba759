import { z } from "zod";
import { getComparison } from "@/server/comparisons";
import { AppError } from "@/server/errors";
import { EXPORT_FORMATS, toCsv, toMarkdown, toWebAnnotations } from "@/server/exports";
import { handle, parse } from "@/server/http";

type Context = { params: Promise<{ id: string }> };

const querySchema = z.object({ format: z.enum(EXPORT_FORMATS, { message: "format must be one of md, csv, json, w3c." }) });

function download(body: string, type: string, filename: string): Response {
  return new Response(body, { status: 200, headers: { "content-type": `${type}; charset=utf-8`, "content-disposition": `attachment; filename="${filename}"` } });
}

/** A comparison as Markdown, CSV, the API's JSON or W3C Web Annotation JSON-LD, as a download. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  return handle(async () => {
    const { id } = await params;
    const url = new URL(request.url);
    const { format } = parse(querySchema, { format: url.searchParams.get("format") ?? undefined });
    const view = await getComparison(id);
    if (!view) throw new AppError("NOT_FOUND", `No comparison ${id}.`);
    const name = `comparison-${id}`;
    if (format === "md") return download(toMarkdown(view), "text/markdown", `${name}.md`);
    if (format === "csv") return download(toCsv(view), "text/csv", `${name}.csv`);
    if (format === "json") return download(JSON.stringify(view, null, 2), "application/json", `${name}.json`);
    return download(JSON.stringify(toWebAnnotations(view, url.origin), null, 2), "application/ld+json", `${name}.jsonld`);
  });
}
