// Headers for every response, static files included, which next.config.js sends (`headers()`).
// Plain JavaScript because Node loads next.config.js as it is, without compiling TypeScript; the
// Content-Security-Policy, which takes each request's nonce, is in headers.ts (proxy.ts sends it).

/**
 * @param {boolean} [production]
 * @returns {{ key: string; value: string }[]}
 */
export function staticSecurityHeaders(production = process.env.NODE_ENV === "production") {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    // Browsers honour it over HTTPS only; offices reach the app through a TLS-terminating proxy.
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
  ];
}
