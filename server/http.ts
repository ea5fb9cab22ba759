import "server-only";
import { ZodError, type z } from "zod";
import { AppError, STATUS, type FieldIssues } from "./errors";
import { fieldIssues, tooLarge } from "./schemas";

/** Largest request body read, in bytes: ten sources at the text limit, with room for JSON. */
const MAX_BODY_BYTES = 12 * 1024 * 1024;

type ErrorBody = { error: { code: string; message: string; fields?: FieldIssues; current?: unknown } };

export function json(data: unknown, status = 200): Response {
  return Response.json(data, { status });
}

function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message, ...error.details } };
    return json(body, STATUS[error.code]);
  }
  if (error instanceof ZodError) return errorResponse(validationError(error));
  console.error("Unexpected error in an API route:", error);
  return json({ error: { code: "UNKNOWN", message: "Something went wrong on our side; nothing was changed." } } satisfies ErrorBody, 500);
}

function validationError(error: ZodError): AppError {
  const fields = fieldIssues(error);
  if (tooLarge(error)) return new AppError("TOO_LARGE", "A source text is over the size limit.", { fields });
  return new AppError("INVALID_INPUT", "Some fields are missing or malformed.", { fields });
}

/** "12 MB", "512 KB": sizes in messages. */
export const formatBytes = (n: number) => (n >= 1024 * 1024 ? `${+(n / 1024 / 1024).toFixed(1)} MB` : `${+(n / 1024).toFixed(1)} KB`);

const tooLargeBody = () => new AppError("TOO_LARGE", `The request body is over ${formatBytes(MAX_BODY_BYTES)}.`);

/**
 * The body's bytes, read chunk by chunk and abandoned past maxBytes with tooLarge()'s error
 * (chunked bodies declare no length).
 */
export async function readBoundedBytes(request: Request, maxBytes: number, tooLarge: () => AppError): Promise<Buffer<ArrayBuffer>> {
  if (Number(request.headers.get("content-length") ?? "0") > maxBytes) throw tooLarge();
  return readStreamBounded(request.body, maxBytes, tooLarge);
}

/** A byte stream we can read (a request's body, or undici's response body). */
type ByteStream = { getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }>; cancel(): Promise<void> } };

/** A stream read chunk by chunk and abandoned past maxBytes: a chunked body declares no length. */
export async function readStreamBounded(body: ByteStream | null, maxBytes: number, tooLarge: () => AppError): Promise<Buffer<ArrayBuffer>> {
  if (!body) return Buffer.alloc(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done || !value) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The body as text, at most MAX_BODY_BYTES. */
async function readBounded(request: Request): Promise<string> {
  return (await readBoundedBytes(request, MAX_BODY_BYTES, tooLargeBody)).toString("utf8");
}

/** The request's JSON body, refused (413) past MAX_BODY_BYTES and (400) when it is not JSON. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await readBounded(request);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON.");
  }
}

export function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error);
  return result.data;
}

/** Runs a handler and turns whatever it throws into the API's JSON error shape. */
export async function handle(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    return errorResponse(error);
  }
}
