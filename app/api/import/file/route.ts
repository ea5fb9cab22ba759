import { z } from "zod";
import { storeCapture } from "@/server/captures";
import { AppError } from "@/server/errors";
import { formatBytes, handle, json, readBoundedBytes } from "@/server/http";
import { importFile, MAX_FILE_BYTES } from "@/server/import/files";

/** Room for the multipart boundary and part headers around the file, in bytes. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

const uploadSchema = z.object({
  file: z.instanceof(File, { message: "Send the file in a multipart/form-data field named “file”." }),
});

const tooLarge = () => new AppError("TOO_LARGE", `The file is over the ${formatBytes(MAX_FILE_BYTES)} limit for a file.`);

/**
 * `POST /api/import/file`: one .txt, .md, .html, .docx or .pdf file in the multipart field
 * `file` → 200 `{ captureId, source: ImportedSource }`. The import is kept as a capture; a
 * comparison saved with `captureId` on the source keeps it as that source's provenance.
 */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const contentType = request.headers.get("content-type") ?? "";
    if (!contentType.toLowerCase().startsWith("multipart/form-data")) throw new AppError("BAD_REQUEST", "Send the file as multipart/form-data, in a field named “file”.");
    // The body is read within the limit first: formData() alone would buffer whatever arrives.
    const body = await readBoundedBytes(request, MAX_FILE_BYTES + MULTIPART_OVERHEAD_BYTES, tooLarge);
    let form: FormData;
    try {
      form = await new Response(body, { headers: { "content-type": contentType } }).formData();
    } catch {
      throw new AppError("BAD_REQUEST", "The multipart/form-data body could not be read.");
    }
    const upload = uploadSchema.safeParse({ file: form.get("file") });
    if (!upload.success) throw new AppError("BAD_REQUEST", upload.error.issues[0]?.message ?? "Send a file.");
    const { file } = upload.data;
    const source = await importFile({ name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) });
    return json({ captureId: await storeCapture(source), source });
  });
}
