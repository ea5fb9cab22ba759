/**
 * What the app accepts, validated with zod at every boundary (API bodies, form posts).
 */
import { z } from "zod";
import { MAX_SOURCE_CHARS, MAX_SOURCES } from "@/lib";

export const MIN_SOURCES = 2;

const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || /^https?:\/\/\S+$/i.test(v), "Enter a web address starting with http:// or https://.");

const date = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  // An ISO date (2026-10-14, optionally with a time): Date.parse would take "1" for 2001.
  .refine((v) => v === undefined || (/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(v) && !Number.isNaN(Date.parse(v))), "Enter a date such as 2026-10-14.");

export const sourceFormSchema = z.object({
  outlet: z.string().trim().min(1, "Name the outlet.").max(120),
  title: z.string().trim().min(1, "Give the article's title.").max(300),
  url: httpUrl,
  byline: z
    .string()
    .trim()
    .max(200, "Keep the byline under 200 characters.")
    .transform((v) => (v ? v : undefined))
    .optional(),
  publishedAt: date,
  text: z
    .string()
    .max(MAX_SOURCE_CHARS, `The text is longer than ${MAX_SOURCE_CHARS.toLocaleString("en")} characters.`)
    .refine((t) => t.trim().length > 0, "Paste the article's text."),
  /** The capture (URL fetch or file import) the text came from, kept as the source's provenance. */
  captureId: z
    .string()
    .trim()
    .max(100)
    .transform((v) => (v ? v : undefined))
    .optional(),
});

export const comparisonInputSchema = z.object({
  title: z.string().trim().min(1, "Give the comparison a title.").max(200),
  sources: z
    .array(sourceFormSchema)
    .min(MIN_SOURCES, `Compare at least ${MIN_SOURCES} sources.`)
    .max(MAX_SOURCES, `Compare at most ${MAX_SOURCES} sources.`),
});

export const analyzeInputSchema = z.object({
  sources: z
    .array(sourceFormSchema.extend({ outlet: z.string().trim().max(120).optional(), title: z.string().trim().max(300).optional() }))
    .min(1, "Give at least one source.")
    .max(MAX_SOURCES, `Give at most ${MAX_SOURCES} sources.`),
});

export const REVIEW_STATUSES = ["open", "confirmed", "dismissed", "needs_review"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const reviewPatchSchema = z.object({
  status: z.enum(REVIEW_STATUSES).optional(),
  note: z.string().max(5000, "Keep the note under 5,000 characters.").optional(),
  tags: z.array(z.string().trim().min(1).max(40)).max(20, "Use at most 20 tags.").optional(),
  author: z.string().trim().max(80).optional(),
  version: z.number().int().min(0),
});

const OVERRIDE_ACTIONS = ["link", "unlink"] as const;
export type OverrideAction = (typeof OVERRIDE_ACTIONS)[number];

const quoteId = z.string().trim().min(1, "Pick a quote.").max(100);

/** `POST /api/comparisons/[id]/links`: link or unlink two quotes, by row id, in either order. */
export const overrideRequestSchema = z.object({
  action: z.enum(OVERRIDE_ACTIONS, { message: "action must be link or unlink." }),
  quotes: z.tuple([quoteId, quoteId], { message: "Give two quote ids." }),
  author: z.string().trim().max(80).optional(),
  note: z.string().max(2000, "Keep the note under 2,000 characters.").optional(),
});

export const listQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  cursor: z.string().max(200).regex(/^[\w-]+$/, "cursor is not one this API gave out.").optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** `POST /api/import`: a page to fetch on the server. Which addresses may be fetched is the importer's call (server/import/fetch.ts). */
export const importUrlRequestSchema = z.object({
  url: z.string({ message: "Give the page's web address." }).trim().min(1, "Give the page's web address.").max(2000, "That web address is too long."),
});

export type ComparisonInput = z.infer<typeof comparisonInputSchema>;
export type ReviewPatch = z.infer<typeof reviewPatchSchema>;

/** zod issues as { "sources.0.text": ["…"] }, the shape forms and API errors share. */
export function fieldIssues(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Whether any issue is a text over the size limit (413 rather than 422). */
export function tooLarge(error: z.ZodError): boolean {
  return error.issues.some((i) => i.code === "too_big" && i.path[i.path.length - 1] === "text");
}
