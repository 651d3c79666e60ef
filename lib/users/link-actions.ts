"use server";
import type { ActionResult } from "../server/action";
import { DomainError } from "../errors";
import { redeemSignInLinkSchema } from "./schema";
import { redeemSignInLink } from "./accounts";

/**
 * Public by design: the holder of a one-time sign-in link (256 random bits, stored hashed, expiring)
 * chooses their password. Nothing else is reachable through it.
 */
export async function redeemSignInLinkAction(input: unknown): Promise<ActionResult<null>> {
  const parsed = redeemSignInLinkSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "_form"] ??= []).push(issue.message);
    return { ok: false, code: "VALIDATION", fieldErrors };
  }
  try {
    await redeemSignInLink(parsed.data.token, parsed.data.newPassword);
    return { ok: true, data: null };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, code: "VALIDATION", fieldErrors: error.fieldErrors };
    console.error("sign-in link failed", error);
    return { ok: false, code: "INTERNAL" };
  }
}
