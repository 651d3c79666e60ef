import { recordRefusal } from "@/lib/audit/refusal";
import { getActor } from "@/lib/auth/session";
import { contentDisposition } from "@/lib/documents/files";
import { getDocumentFile, placeOfDocumentVersion } from "@/lib/documents/data";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/server/page";

type Params = { organisationId: string; congressId: string; documentId: string; versionId: string };

const TARGET = "GET /organisations/{organisationId}/congresses/{congressId}/documents/{documentId}/files/{versionId}";

/**
 * Downloads one stored version of a document. The file is read with the caller's scope in the
 * query, so another organisation's file answers 404 like a missing one; every refusal is audited.
 */
export async function GET(request: Request, { params }: { params: Promise<Params> }) {
  const ids = await params;
  const ip = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
  const actor = await getActor();
  if (!actor) {
    await recordRefusal({ actor: null, target: TARGET, code: "UNAUTHENTICATED", entityType: "document_version", entityId: ids.versionId, ip });
    return new Response(null, { status: 401 });
  }
  try {
    if (!Object.values(ids).every(isUuid)) throw new NotFoundError("file");
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
    if (!(error instanceof NotFoundError)) throw error;
    // Filed under the file's real organisation (when it exists), never the one the URL claims.
    const place = isUuid(ids.versionId) ? await placeOfDocumentVersion(ids.versionId) : undefined;
    await recordRefusal({ actor, target: TARGET, code: "NOT_FOUND", entityType: "document_version", entityId: ids.versionId, place, ip });
    return new Response(null, { status: 404 });
  }
}
