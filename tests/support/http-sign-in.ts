// Signs in over plain HTTP the way a browser does (CSRF token, then the credentials callback),
// for tests that talk to a server without a browser.
function cookiesFrom(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

export async function signInByHttp(baseUrl: string, email: string, password: string, headers: Record<string, string> = {}): Promise<{ cookie: string; status: number; location: string | null }> {
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = cookiesFrom(csrfRes);
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password }),
  });
  return { cookie: [...jar, ...cookiesFrom(res)].join("; "), status: res.status, location: res.headers.get("location") };
}

export function hasSessionCookie(cookie: string): boolean {
  return /authjs\.session-token=/.test(cookie);
}
