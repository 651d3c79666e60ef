import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { LIMITS, checkRateLimit, hitRateLimit } from "../security/rate-limit";
import { checkCredentials } from "./sign-in";

class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
class AccountLocked extends CredentialsSignin {
  code = "locked";
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
  }
}

const credentialsSchema = z.object({ email: z.string().min(1).max(320), password: z.string().min(1).max(256) });

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

function clientIp(request: Request): string | null {
  const forwarded = request.headers.get("x-forwarded-for");
  return forwarded?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || null;
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
        if (!(await checkRateLimit(LIMITS.signInFailuresPerAddress, ip)).allowed) throw new TooManyAttempts();
        const result = await checkCredentials(parsed.data.email, parsed.data.password, {
          ip,
          userAgent: request.headers.get("user-agent"),
        });
        if (!result.ok) {
          await hitRateLimit(LIMITS.signInFailuresPerAddress, ip);
          throw result.reason === "locked" ? new AccountLocked() : new InvalidCredentials();
        }
        return { id: result.user.id, email: result.user.email, name: result.user.name, sessionVersion: result.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sessionVersion = typeof token.sv === "number" ? token.sv : undefined;
      return session;
    },
  },
});
