"use server";
/**
 * Server actions: the UI's only way to write. Each validates its form data with zod itself.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createComparison, deleteComparison, reanalyzeComparison } from "@/server/comparisons";
import { formFields, formText } from "./form-data";
import { AppError } from "@/server/errors";
import { linkQuotes, removeOverride, unlinkQuotes } from "@/server/links";
import { saveReview, type ReviewView } from "@/server/reviews";
import { comparisonInputSchema, fieldIssues, reviewPatchSchema, REVIEW_STATUSES } from "@/server/schemas";

export type SourceValues = { outlet: string; title: string; url: string; byline: string; publishedAt: string; text: string; captureId?: string };
export type ComparisonFormState = {
  values: { title: string; sources: SourceValues[] };
  fields: Record<string, string[]>;
  message: string | null;
};

/**
 * The form's sources, read by index until the count the form declares. Browsers send a
 * textarea's line breaks as CRLF; the text is stored with LF, as typed and as imported.
 */
function formValues(formData: FormData): ComparisonFormState["values"] {
  const count = Math.min(Math.max(Number.parseInt(formText(formData, "sourceCount"), 10) || 0, 0), 20);
  const sources: SourceValues[] = [];
  for (let i = 0; i < count; i++) {
    const field = (name: string) => formText(formData, `sources.${i}.${name}`);
    sources.push({ outlet: field("outlet"), title: field("title"), url: field("url"), byline: field("byline"), publishedAt: field("publishedAt"), text: field("text").replace(/\r\n?/g, "\n"), captureId: field("captureId") });
  }
  return { title: formText(formData, "title"), sources };
}

export async function createComparisonAction(_previous: ComparisonFormState, formData: FormData): Promise<ComparisonFormState> {
  const values = formValues(formData);
  const parsed = comparisonInputSchema.safeParse(values);
  if (!parsed.success) return { values, fields: fieldIssues(parsed.error), message: "Some fields need attention." };
  let id: string;
  try {
    ({ id } = await createComparison(parsed.data));
  } catch (error) {
    console.error("Saving a comparison failed:", error);
    return { values, fields: {}, message: "The comparison could not be saved; nothing was stored. Try again." };
  }
  revalidatePath("/");
  redirect(`/comparisons/${id}`);
}

export type ReviewFormState = {
  review: ReviewView | null;
  conflict: ReviewView | null;
  fields: Record<string, string[]>;
  message: string | null;
  saved: boolean;
};

const reviewFormSchema = z.object({
  comparisonId: z.string().min(1).max(100),
  fingerprint: z.string().min(1).max(100),
  status: z.enum(REVIEW_STATUSES),
  note: z.string(),
  author: z.string(),
  tags: z.string(),
  version: z.coerce.number().int().min(0),
});

export async function saveReviewAction(previous: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  const form = reviewFormSchema.safeParse(formFields(formData, ["comparisonId", "fingerprint", "status", "note", "author", "tags", "version"]));
  if (!form.success) return { ...previous, fields: fieldIssues(form.error), message: "The review could not be read.", saved: false };
  const tags = form.data.tags.split(",").map((t) => t.trim()).filter(Boolean);
  const patch = reviewPatchSchema.safeParse({ status: form.data.status, note: form.data.note, tags, author: form.data.author || undefined, version: form.data.version });
  if (!patch.success) return { ...previous, fields: foldTagIssues(fieldIssues(patch.error)), message: "Some fields need attention.", saved: false };
  try {
    // By fingerprint: a re-analysis in another tab replaces the discrepancy rows, not the fingerprints.
    const review = await saveReview({ comparisonId: form.data.comparisonId, fingerprint: form.data.fingerprint }, patch.data);
    revalidatePath(`/comparisons/${review.comparisonId}`);
    return { review, conflict: null, fields: {}, message: "Saved.", saved: true };
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") {
      const current = (error.details.current ?? null) as ReviewView | null;
      return { review: previous.review, conflict: current, fields: {}, message: error.message, saved: false };
    }
    if (error instanceof AppError && error.code === "NOT_FOUND") return { ...previous, fields: {}, message: `${error.message} Copy your note before reloading the page.`, saved: false };
    console.error("Saving a review failed:", error);
    return { ...previous, fields: {}, message: "The review could not be saved. Try again.", saved: false };
  }
}

/** "tags.2" (the third tag is too long) is shown under the one Tags field. */
function foldTagIssues(fields: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(fields)) (out[key.startsWith("tags.") ? "tags" : key] ??= []).push(...messages);
  return out;
}

const idSchema = z.string().min(1).max(100);

/** Re-analyses and reloads the page; an unknown comparison (deleted in another tab) goes to the list. */
export async function reanalyzeAction(formData: FormData): Promise<void> {
  const id = idSchema.safeParse(formText(formData, "comparisonId"));
  if (!id.success) redirect("/");
  try {
    await reanalyzeComparison(id.data);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") redirect("/");
    throw error;
  }
  revalidatePath(`/comparisons/${id.data}`);
}

export async function deleteComparisonAction(formData: FormData): Promise<void> {
  const id = idSchema.safeParse(formText(formData, "comparisonId"));
  if (id.success) {
    try {
      await deleteComparison(id.data);
    } catch (error) {
      // Already deleted (another tab): the list is where the editor wanted to go anyway.
      if (!(error instanceof AppError && error.code === "NOT_FOUND")) throw error;
    }
  }
  revalidatePath("/");
  redirect("/");
}

/** What a link, unlink or undo did, for the editor; expected failures are values, never throws. */
export type OverrideActionResult = { ok: boolean; message: string };

const overrideFormSchema = z.object({
  comparisonId: idSchema,
  left: z.string().trim().max(100),
  right: z.string().trim().max(100),
  matchId: z.string().trim().max(100),
  overrideId: z.string().trim().max(100),
  author: z.string().trim().max(80, "Keep the name under 80 characters."),
  note: z.string().max(2000, "Keep the note under 2,000 characters."),
});
type OverrideForm = z.infer<typeof overrideFormSchema>;

function overrideForm(formData: FormData): { form: OverrideForm } | { error: OverrideActionResult } {
  const parsed = overrideFormSchema.safeParse(formFields(formData, ["comparisonId", "left", "right", "matchId", "overrideId", "author", "note"]));
  if (parsed.success) return { form: parsed.data };
  return { error: { ok: false, message: Object.values(fieldIssues(parsed.error)).flat()[0] ?? "The form could not be read." } };
}

/** Runs an override change; AppErrors (unknown quote, same source, a conflict) come back as messages. */
async function changeOverride(comparisonId: string, run: () => Promise<unknown>, done: string): Promise<OverrideActionResult> {
  let outcome: OverrideActionResult;
  try {
    await run();
    outcome = { ok: true, message: done };
  } catch (error) {
    if (!(error instanceof AppError) || error.code === "UNKNOWN") {
      console.error("Changing a quote link failed:", error);
      return { ok: false, message: "The change could not be saved; nothing was changed. Try again." };
    }
    outcome = { ok: false, message: error.message };
  }
  // Also after a refusal: the page was probably stale (re-analysed or undone in another tab).
  revalidatePath(`/comparisons/${comparisonId}`);
  return outcome;
}

const meta = (form: OverrideForm) => ({ author: form.author || undefined, note: form.note });

/** Links the quotes named by the fields `left` and `right` (quote ids) of `comparisonId`. */
export async function linkQuotesAction(formData: FormData): Promise<OverrideActionResult> {
  const read = overrideForm(formData);
  if ("error" in read) return read.error;
  const { form } = read;
  if (!form.left || !form.right) return { ok: false, message: "Pick one quote on each side to link." };
  return changeOverride(form.comparisonId, () => linkQuotes(form.comparisonId, { quotes: [form.left, form.right], ...meta(form) }), "Linked: the quotes are now compared as a pair.");
}

/** Unlinks the quotes named by `left` and `right`, or by `matchId` (a match row id). */
export async function unlinkQuotesAction(formData: FormData): Promise<OverrideActionResult> {
  const read = overrideForm(formData);
  if ("error" in read) return read.error;
  const { form } = read;
  const target = form.matchId ? { matchId: form.matchId } : form.left && form.right ? { quotes: [form.left, form.right] as [string, string] } : null;
  if (!target) return { ok: false, message: "Pick the match, or one quote on each side, to unlink." };
  return changeOverride(form.comparisonId, () => unlinkQuotes(form.comparisonId, { ...target, ...meta(form) }), "Unlinked: the quotes are kept apart from now on.");
}

/** Undoes the link or unlink `overrideId`: the engine's own verdict returns. */
export async function removeOverrideAction(formData: FormData): Promise<OverrideActionResult> {
  const read = overrideForm(formData);
  if ("error" in read) return read.error;
  const { form } = read;
  if (!form.overrideId) return { ok: false, message: "Nothing to undo was named." };
  return changeOverride(form.comparisonId, () => removeOverride(form.comparisonId, form.overrideId), "Undone: the engine's own pairing is back.");
}
