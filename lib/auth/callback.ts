// Where to send a user after signing in: only a path of this site. The browser resolves what we
// send against the page's URL, and it reads "/\host", "/<tab>/host" or "\\host" as another origin:
// so the callback is resolved the same way against a placeholder origin and kept only if it stays
// there, and then sent on as the path the URL parser produced (never the raw text).
const HERE = "https://this-site.invalid";

export function safeCallback(url: string | undefined): string {
  if (!url || !url.startsWith("/")) return "/";
  let target: URL;
  try {
    target = new URL(url, HERE);
  } catch {
    return "/";
  }
  if (target.origin !== HERE || target.pathname.startsWith("/sign-in")) return "/";
  return `${target.pathname}${target.search}${target.hash}`;
}
