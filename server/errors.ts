/**
 * The app's few failure codes, mapped once to HTTP statuses. Expected outcomes of the engine
 * are values; these are for requests that cannot be carried out.
 */
export type ErrorCode =
  /** A body that cannot be read at all (not JSON, not multipart), unlike a readable one with bad fields. */
  | "BAD_REQUEST"
  | "NOT_FOUND"
  | "INVALID_INPUT"
  | "TOO_LARGE"
  | "CONFLICT"
  | "UNKNOWN"
  // Importing a source from a URL: why the page could not be brought in.
  | "BLOCKED_URL"
  | "NOT_AN_ARTICLE"
  | "UNSUPPORTED_TYPE"
  | "UPSTREAM"
  | "TIMEOUT";

export type FieldIssues = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { fields?: FieldIssues; current?: unknown } = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const STATUS: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  NOT_FOUND: 404,
  INVALID_INPUT: 422,
  TOO_LARGE: 413,
  CONFLICT: 409,
  UNKNOWN: 500,
  /** A scheme, port, credentials or address the server will not fetch. */
  BLOCKED_URL: 422,
  /** The page holds no article text to extract. */
  NOT_AN_ARTICLE: 422,
  UNSUPPORTED_TYPE: 415,
  /** The page's server failed (a 404 or 500, refused, unreachable, too many redirects). */
  UPSTREAM: 502,
  TIMEOUT: 504,
};

/** Prisma's "record not found" (P2025) and unique-violation (P2002) codes, by code, never by message. */
export function prismaCode(error: unknown): string | null {
  if (typeof error === "object" && error !== null && "code" in error && typeof (error as { code: unknown }).code === "string") {
    return (error as { code: string }).code;
  }
  return null;
}
