import { rawCapture } from "@/server/captures";
import { handle } from "@/server/http";

type Context = { params: Promise<{ id: string }> };

/**
 * The raw document a capture stored, exactly as received: what the page said when it was
 * checked. Served as plain text in a sandbox, never as HTML, so that nothing in it can run.
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return handle(async () => {
    const { id } = await params;
    const capture = await rawCapture(id);
    return new Response(capture.raw, {
      status: 200,
      headers: {
        "content-type": "text/plain; charset=utf-8",
        "x-content-type-options": "nosniff",
        "content-security-policy": "sandbox; default-src 'none'",
        "content-disposition": `inline; filename="capture-${id}.html.txt"`,
        "x-capture-source-url": capture.finalUrl ?? "",
        "x-capture-taken-at": capture.takenAt,
      },
    });
  });
}
