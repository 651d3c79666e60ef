import { checkReadiness } from "@/lib/ops/readiness";

// Readiness: the database is reachable and every migration is applied; 503 with a reason
// otherwise, so a load balancer sends no traffic to an instance that cannot serve.
export const dynamic = "force-dynamic";

export async function GET() {
  const result = await checkReadiness();
  const headers = { "cache-control": "no-store" };
  if (result.ready) return Response.json({ status: "ready" }, { headers });
  return Response.json({ status: "unavailable", reason: result.reason, ...(result.pending ? { pending: result.pending } : {}) }, { status: 503, headers });
}
