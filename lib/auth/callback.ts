// Where to send a user after signing in: only a path of this site. The browser resolves what we
// send against the page's URL, and it reads "/\host", "/<tab>/host" or "\\host" as another origin:
// so the callback is resolved the same way against a placeholder origin and kept only if it stays
// there, and then sent on as the path the URL parser produced (never the raw text). Dot segments
// can make that path itself start with "//" ("/.//evil.example" → "//evil.example"), which the
// browser would read as another host: a result starting with two slashes or a backslash is refused.
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
  const path = `${target.pathname}${target.search}${target.hash}`;
  return /^(\/\/|\\|\/\\)/.test(path) ? "/" : path;
}
