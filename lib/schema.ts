/**
 * Input validation for every caller of the engine (CLI, HTTP API, forms share these rules).
 */
import { z } from "zod";
import { MAX_SOURCE_CHARS, MAX_SOURCES } from "./limits";

export const sourceInputSchema = z.object({
  id: z.string().trim().min(1).max(64).optional(),
  name: z.string().trim().max(200).optional(),
  text: z
    .string()
    .max(MAX_SOURCE_CHARS, `Text is longer than ${MAX_SOURCE_CHARS.toLocaleString("en")} characters.`)
    .refine((t) => t.trim().length > 0, "Text is empty."),
});

export const sourcesSchema = z
  .array(sourceInputSchema)
  .min(1, "Give at least one source.")
  .max(MAX_SOURCES, `Give at most ${MAX_SOURCES} sources.`)
  .refine((list) => new Set(list.map((s, i) => s.id ?? `s${i + 1}`)).size === list.length, "Source ids must be unique.");
