// The Content-Security-Policy, sent by proxy.ts. Scripts run only with this request's nonce
// ('strict-dynamic' lets them load the app's chunks); styles allow inline attributes, which React's
// style props need and which cannot run code.
export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

// The headers of every response, static files included, are in static-headers.js (next.config.js
// reads it, and Node loads that file without compiling TypeScript).
