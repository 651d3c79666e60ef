"use server";
import { headers } from "next/headers";
import type { ActionResult } from "../server/action";
import { DomainError } from "../errors";
import { addressKey } from "../security/client-address";
import { LIMITS, hitRateLimit, releaseRateLimit } from "../security/rate-limit";
import { redeemSignInLinkSchema } from "./schema";
import { redeemSignInLink } from "./accounts";

/**
 * Public by design: the holder of a one-time sign-in link (256 random bits, stored hashed, expiring)
 * chooses their password. Nothing else is reachable through it. A door without a session, so it
 * shares the sign-in's budget of failures per client address (counted before the link is looked
 * up, a success taken back).
 */
export async function redeemSignInLinkAction(input: unknown): Promise<ActionResult<null>> {
  const parsed = redeemSignInLinkSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "_form"] ??= []).push(issue.message);
    return { ok: false, code: "VALIDATION", fieldErrors };
  }
  // The address lib/runtime/http-server.ts resolved for this request (it rewrites the header).
  const ip = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() || null;
  const key = addressKey(ip ?? undefined);
  const now = new Date();
  if (!(await hitRateLimit(LIMITS.signInFailuresPerAddress, key, now)).allowed) return { ok: false, code: "RATE_LIMITED", fieldErrors: { _form: ["errors.RATE_LIMITED"] } };
  try {
    await redeemSignInLink(parsed.data.token, parsed.data.newPassword, { ip }, now);
    await releaseRateLimit(LIMITS.signInFailuresPerAddress, key, now);
    return { ok: true, data: null };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, code: "VALIDATION", fieldErrors: error.fieldErrors };
    console.error("sign-in link failed", error);
    return { ok: false, code: "INTERNAL" };
  }
}
