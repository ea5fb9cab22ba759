/**
 * The app's few failure codes, mapped once to HTTP statuses. Expected outcomes of the engine
 * are values; these are for requests that cannot be carried out.
 */
export type ErrorCode = "NOT_FOUND" | "INVALID_INPUT" | "TOO_LARGE" | "CONFLICT" | "UNKNOWN";

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
  NOT_FOUND: 404,
  INVALID_INPUT: 422,
  TOO_LARGE: 413,
  CONFLICT: 409,
  UNKNOWN: 500,
};

/** Prisma's "record not found" (P2025) and unique-violation (P2002) codes, by code, never by message. */
export function prismaCode(error: unknown): string | null {
  if (typeof error === "object" && error !== null && "code" in error && typeof (error as { code: unknown }).code === "string") {
    return (error as { code: string }).code;
  }
  return null;
}
