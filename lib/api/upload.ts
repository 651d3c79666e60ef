import "server-only";
import { ApiError } from "./errors";

/**
 * The file of a multipart upload, reading at most `maxBytes` of body: a larger upload is cut off
 * with 413 before it fills memory, whatever Content-Length claims.
 */
export async function readUpload(request: Request, field: string, maxBytes: number): Promise<{ bytes: Uint8Array; name: string } | null> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data/i.test(type)) throw new ApiError("UNSUPPORTED_MEDIA", 415);
  const limit = maxBytes + 64 * 1024; // room for the multipart envelope
  if (Number(request.headers.get("content-length") ?? 0) > limit) throw new ApiError("FILE_TOO_LARGE", 413, { maxMb: Math.round(maxBytes / 1048576) }, {}, "delegateImport.fileErrors.FILE_TOO_LARGE");
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new ApiError("FILE_TOO_LARGE", 413, {}, {}, "delegateImport.fileErrors.FILE_TOO_LARGE");
    }
    chunks.push(value);
  }
  let form: FormData;
  try {
    form = await new Response(new Blob(chunks as BlobPart[]), { headers: { "content-type": type } }).formData();
  } catch {
    throw new ApiError("UNSUPPORTED_MEDIA", 415);
  }
  const file = form.get(field);
  if (!(file instanceof File)) return null;
  return { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name };
}
