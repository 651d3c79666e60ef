import { openApiDocument } from "@/lib/api/openapi";
import { API_ENDPOINTS } from "@/lib/api/registry";

// Public: the document describes the API, it holds no data.
export function GET() {
  return Response.json(openApiDocument(API_ENDPOINTS));
}
