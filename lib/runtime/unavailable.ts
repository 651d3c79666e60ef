import type { IncomingMessage, ServerResponse } from "node:http";
import en from "../../messages/en/core.json" with { type: "json" };
import vi from "../../messages/vi/core.json" with { type: "json" };

const RETRY_SECONDS = 15;

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot" }[c]};`);
/** The catalog's text with its {seconds} filled in: the page cannot use the app's translator. */
const fill = (text: string) => escape(text.replaceAll("{seconds}", String(RETRY_SECONDS)));

// Served by the HTTP server itself (the app cannot render without its database), so it reads the
// catalogs directly and shows both languages: it cannot know the visitor's.
const PAGE = `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_SECONDS}"><title>${fill(vi.unavailable.title)} · ${fill(en.unavailable.title)}</title>
<style>body{font-family:system-ui,sans-serif;background:#fafaf9;color:#1c1917;margin:0;padding:4rem 1rem;text-align:center}
main{max-width:34rem;margin:0 auto}h1{font-size:1.5rem}p{color:#57534e;line-height:1.5}.en{margin-top:2rem;border-top:1px solid #e7e5e4;padding-top:1.5rem}</style></head>
<body><main>
<h1>${fill(vi.unavailable.title)}</h1>
<p>${fill(vi.unavailable.text)}</p>
<div class="en" lang="en"><h1>${fill(en.unavailable.title)}</h1>
<p>${fill(en.unavailable.text)}</p></div>
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
    res.end(JSON.stringify({ error: { code: "SERVICE_UNAVAILABLE", message: vi.unavailable.api } }));
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
