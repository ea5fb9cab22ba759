import { handle, json, parse, readJson } from "@/server/http";
import { saveReview } from "@/server/reviews";
import { reviewPatchSchema } from "@/server/schemas";

type Context = { params: Promise<{ id: string }> };

/** Saves a review; `version` must be the version the caller saw (0 when none), else 409 and no change. */
export async function PATCH(request: Request, { params }: Context): Promise<Response> {
  return handle(async () => {
    const { id } = await params;
    const patch = parse(reviewPatchSchema, await readJson(request));
    return json(await saveReview(id, patch));
  });
}
