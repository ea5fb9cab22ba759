"use server";
/**
 * Server actions for sources from anywhere: import a URL or a file into the new-comparison
 * form (the capture is kept, and named by the form when the comparison is saved), check a
 * source for changes, and re-analyse on a newer version.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { adoptVersion, checkForChanges, storeCapture, type CheckResult } from "@/server/captures";
import { AppError } from "@/server/errors";
import { importFile } from "@/server/import/files";
import type { ImportedMetadata, ImportedSource } from "@/server/import/types";
import { importUrl } from "@/server/import/url-import";
import { formFields } from "./form-data";

export type ImportOutcome =
  | {
      ok: true;
      captureId: string;
      text: string;
      metadata: ImportedMetadata;
      /** One line for the form: where the text came from. */
      from: string;
      warnings: string[];
    }
  | { ok: false; message: string };

function describe(imported: ImportedSource): string {
  const p = imported.provenance;
  if (p.kind === "file") return `${p.fileName} (${p.contentType}, ${p.bytes.toLocaleString("en")} bytes)`;
  return `${p.finalUrl} (HTTP ${p.status}, ${p.contentType}, fetched ${p.fetchedAt.slice(0, 16).replace("T", " ")} UTC)`;
}

async function keep(run: () => Promise<ImportedSource>): Promise<ImportOutcome> {
  try {
    const imported = await run();
    const captureId = await storeCapture(imported);
    return { ok: true, captureId, text: imported.text, metadata: imported.metadata, from: describe(imported), warnings: imported.warnings };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message };
    console.error("Importing a source failed:", error);
    return { ok: false, message: "The import failed unexpectedly; nothing was changed. Try again." };
  }
}

const urlSchema = z.string().trim().min(1, "Enter the article's web address first.").max(2000, "That web address is too long.");

export async function importUrlAction(url: string): Promise<ImportOutcome> {
  const parsed = urlSchema.safeParse(url);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Enter a web address." };
  return keep(() => importUrl(parsed.data));
}

export async function importFileAction(formData: FormData): Promise<ImportOutcome> {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0 && file.name === "") return { ok: false, message: "Choose a file to import." };
  return keep(async () => importFile({ name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) }));
}

const sourceRef = z.object({ comparisonId: z.string().min(1).max(100), sourceId: z.string().min(1).max(100) });

/** Re-fetches a source imported from a URL; a changed article becomes its next version. */
export async function checkForChangesAction(formData: FormData): Promise<CheckResult> {
  const ref = sourceRef.safeParse(formFields(formData, ["comparisonId", "sourceId"]));
  if (!ref.success) return { status: "failed", message: "The source could not be read from the form.", version: null };
  try {
    const result = await checkForChanges(ref.data.comparisonId, ref.data.sourceId, (url) => importUrl(url));
    revalidatePath(`/comparisons/${ref.data.comparisonId}`);
    return result;
  } catch (error) {
    if (error instanceof AppError) return { status: "failed", message: error.message, version: null };
    throw error;
  }
}

/** Re-analyses the comparison on a stored version of one source, then opens the comparison. */
export async function adoptVersionAction(formData: FormData): Promise<void> {
  const ref = sourceRef.extend({ version: z.coerce.number().int().min(1) }).safeParse(formFields(formData, ["comparisonId", "sourceId", "version"]));
  if (!ref.success) redirect("/");
  await adoptVersion(ref.data.comparisonId, ref.data.sourceId, ref.data.version);
  revalidatePath(`/comparisons/${ref.data.comparisonId}`);
  redirect(`/comparisons/${ref.data.comparisonId}`);
}
