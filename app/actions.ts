"use server";
/**
 * Server actions: the UI's only way to write. Each validates its form data with zod itself.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createComparison, deleteComparison, reanalyzeComparison } from "@/server/comparisons";
import { AppError } from "@/server/errors";
import { saveReview, type ReviewView } from "@/server/reviews";
import { comparisonInputSchema, fieldIssues, reviewPatchSchema, REVIEW_STATUSES } from "@/server/schemas";

export type SourceValues = { outlet: string; title: string; url: string; publishedAt: string; text: string };
export type ComparisonFormState = {
  values: { title: string; sources: SourceValues[] };
  fields: Record<string, string[]>;
  message: string | null;
};

function text(formData: FormData, name: string): string {
  const v = formData.get(name);
  return typeof v === "string" ? v : "";
}

/** The form's sources, read by index until the count the form declares. */
function formValues(formData: FormData): ComparisonFormState["values"] {
  const count = Math.min(Math.max(Number.parseInt(text(formData, "sourceCount"), 10) || 0, 0), 20);
  const sources: SourceValues[] = [];
  for (let i = 0; i < count; i++) {
    const field = (name: string) => text(formData, `sources.${i}.${name}`);
    sources.push({ outlet: field("outlet"), title: field("title"), url: field("url"), publishedAt: field("publishedAt"), text: field("text") });
  }
  return { title: text(formData, "title"), sources };
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
  const form = reviewFormSchema.safeParse(Object.fromEntries(["comparisonId", "fingerprint", "status", "note", "author", "tags", "version"].map((k) => [k, text(formData, k)])));
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
  const id = idSchema.safeParse(text(formData, "comparisonId"));
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
  const id = idSchema.safeParse(text(formData, "comparisonId"));
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
