import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { addressKey } from "../security/client-address";
import { LIMITS, hitRateLimit, releaseRateLimit } from "../security/rate-limit";
import { checkCredentials } from "./sign-in";
import { endSession, sessionActor, startSession } from "./sessions";

class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
class AccountLocked extends CredentialsSignin {
  code = "locked";
}
class FirstPasswordExpired extends CredentialsSignin {
  code = "expired";
}
class TooManyAttempts extends CredentialsSignin {
  code = "rate_limited";
}

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    sessionVersion?: number;
    /** The server-side session (lib/auth/sessions.ts) the cookie names. */
    sessionId?: string;
  }
}

const credentialsSchema = z.object({ email: z.string().min(1).max(320), password: z.string().min(1).max(256) });

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/** The address lib/runtime/http-server.ts resolved for this request (it rewrites the header). */
function clientIp(request: Request): string | null {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  // Behind the app's own reverse proxy or on localhost; the host header is trusted.
  trustHost: true,
  logger: {
    // A wrong password is an expected outcome, already recorded as an attempt and in the audit.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(error);
    },
  },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        const ip = clientIp(request) ?? "unknown";
        // Counted before the password is checked, in one atomic statement: attempts sent together
        // cannot all pass a check made before any of them is counted. A success is taken back.
        const now = new Date();
        const key = addressKey(ip);
        if (!(await hitRateLimit(LIMITS.signInFailuresPerAddress, key, now)).allowed) throw new TooManyAttempts();
        const result = await checkCredentials(parsed.data.email, parsed.data.password, {
          ip,
          userAgent: request.headers.get("user-agent"),
        });
        if (!result.ok) throw result.reason === "locked" ? new AccountLocked() : result.reason === "expired" ? new FirstPasswordExpired() : new InvalidCredentials();
        await releaseRateLimit(LIMITS.signInFailuresPerAddress, key, now);
        return { id: result.user.id, email: result.user.email, name: result.user.name, sessionVersion: result.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = user.sessionVersion;
        token.sid = await startSession(user.id!);
        return token;
      }
      // Read again (Auth.js's /api/auth/session): a session ended on the server (signed out, too
      // old, idle, password changed, account disabled) gives nothing, and its cookie is cleared.
      const live = typeof token.sub === "string" && (await sessionActor(typeof token.sid === "string" ? token.sid : undefined, token.sub, typeof token.sv === "number" ? token.sv : undefined));
      return live ? token : null;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sessionVersion = typeof token.sv === "number" ? token.sv : undefined;
      session.sessionId = typeof token.sid === "string" ? token.sid : undefined;
      return session;
    },
  },
  events: {
    // Signing out ends the session on the server: a copy of the cookie is worth nothing after it.
    async signOut(message) {
      if ("token" in message && typeof message.token?.sid === "string") await endSession(message.token.sid);
    },
  },
});
