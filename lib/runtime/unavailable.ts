import type { IncomingMessage, ServerResponse } from "node:http";

const RETRY_SECONDS = 15;

// Served by the HTTP server itself (the app cannot render without its database), so the text
// lives here in both languages rather than in the message catalogs.
const PAGE = `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_SECONDS}"><title>Tạm thời gián đoạn · Temporarily unavailable</title>
<style>body{font-family:system-ui,sans-serif;background:#fafaf9;color:#1c1917;margin:0;padding:4rem 1rem;text-align:center}
main{max-width:34rem;margin:0 auto}h1{font-size:1.5rem}p{color:#57534e;line-height:1.5}.en{margin-top:2rem;border-top:1px solid #e7e5e4;padding-top:1.5rem}</style></head>
<body><main>
<h1>Hệ thống tạm thời gián đoạn</h1>
<p>Cơ sở dữ liệu đang tạm ngừng. Dữ liệu của bạn không bị mất. Trang sẽ tự tải lại sau ${RETRY_SECONDS} giây.</p>
<div class="en" lang="en"><h1>Temporarily unavailable</h1>
<p>The database is briefly unavailable. Nothing you saved is lost. This page reloads itself in ${RETRY_SECONDS} seconds.</p></div>
</main></body></html>`;

export function answerUnavailable(req: IncomingMessage, res: ServerResponse): void {
  const path = (req.url ?? "/").split("?")[0]!;
  res.statusCode = 503;
  res.setHeader("retry-after", String(RETRY_SECONDS));
  res.setHeader("cache-control", "no-store");
  if (path === "/api/ready") {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ status: "unavailable", reason: "database-unreachable" }));
  } else if (path.startsWith("/api/")) {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ error: { code: "SERVICE_UNAVAILABLE", message: "Hệ thống tạm thời gián đoạn, vui lòng thử lại sau." } }));
  } else {
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.setHeader("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    res.end(PAGE);
  }
}

/** Paths that need no database: liveness and the built static files. */
export function servableWithoutDatabase(url: string | undefined): boolean {
  const path = (url ?? "/").split("?")[0]!;
  return path === "/api/health" || path.startsWith("/_next/static/");
}
