import { json } from "@/server/http";

/** Any other /api path answers in the API's JSON error shape, not with an HTML page. */
function notFound(request: Request): Response {
  return json({ error: { code: "NOT_FOUND", message: `No API endpoint ${request.method} ${new URL(request.url).pathname}.` } }, 404);
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
