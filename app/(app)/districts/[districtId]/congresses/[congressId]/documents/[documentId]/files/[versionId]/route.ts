import { getActor } from "@/lib/auth/session";
import { contentDisposition } from "@/lib/documents/files";
import { getDocumentFile } from "@/lib/documents/data";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/server/page";

type Params = { districtId: string; congressId: string; documentId: string; versionId: string };

/**
 * Downloads one stored version of a document. The file is read with the caller's scope in the
 * query, so another district's file answers 404 like a missing one.
 */
export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const ids = await params;
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 401 });
  if (!Object.values(ids).every(isUuid)) return new Response(null, { status: 404 });
  try {
    const file = await getDocumentFile(actor, ids);
    return new Response(Buffer.from(file.content), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Length": String(file.size),
        "Content-Disposition": contentDisposition(file.fileName),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(null, { status: 404 });
    throw error;
  }
}
