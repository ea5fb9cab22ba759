import { deleteComparison, getComparison } from "@/server/comparisons";
import { AppError } from "@/server/errors";
import { handle, json } from "@/server/http";

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return handle(async () => {
    const { id } = await params;
    const comparison = await getComparison(id);
    if (!comparison) throw new AppError("NOT_FOUND", `No comparison ${id}.`);
    return json(comparison);
  });
}

export async function DELETE(_request: Request, { params }: Context): Promise<Response> {
  return handle(async () => {
    const { id } = await params;
    await deleteComparison(id);
    return new Response(null, { status: 204 });
  });
}
