import { handle, json } from "@/server/http";
import { removeOverride } from "@/server/links";

type Context = { params: Promise<{ id: string; overrideId: string }> };

/** Undoes a link or unlink and re-analyses: 200 with the comparison view; 404 when unknown. */
export async function DELETE(_request: Request, { params }: Context): Promise<Response> {
  return handle(async () => {
    const { id, overrideId } = await params;
    return json(await removeOverride(id, overrideId));
  });
}
