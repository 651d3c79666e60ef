"use server";
import type { Role } from "../auth/access";
import { load } from "../auth/load";
import { isAdmin } from "../auth/access";
import { defineAction } from "../server/action";
import { createAccount, grantRole, resetAccountPassword, revokeGrant, setAccountDisabled } from "./accounts";
import { createAccountSchema, grantSchema, resetPasswordSchema, revokeSchema, setAccountDisabledSchema } from "./schema";

/** Where a role is handed out: nothing (ADMIN), a province (overseer), or an organisation. */
const grantPlace = (i: { role: Role; unitId: string | null }) =>
  i.role === "ADMIN" || !i.unitId ? ({ kind: "installation", id: "installation" } as const) : i.role === "PROVINCE_OVERSEER" ? ({ kind: "province", id: i.unitId } as const) : ({ kind: "organisation", id: i.unitId } as const);

export const createAccountAction = defineAction({
  name: "account.create",
  input: createAccountSchema,
  access: { right: "account.manage", resource: grantPlace },
  // The link token is shown once to the person who made the account, never stored or logged.
  run: (ctx, input) => createAccount(ctx, input),
  revalidate: () => ["/accounts"],
});

export const grantRoleAction = defineAction({
  name: "account.grant",
  input: grantSchema,
  access: { right: "account.manage", resource: grantPlace },
  async run(ctx, input) {
    // Only to an account already within the caller's reach: nobody adopts another organisation's account.
    if (!isAdmin(ctx.actor)) await load(ctx.actor, "account", input.userId, "account.manage");
    return grantRole(ctx, input);
  },
  revalidate: () => ["/accounts"],
});

export const revokeGrantAction = defineAction({
  name: "account.revoke",
  input: revokeSchema,
  access: { right: "account.manage", resource: (i) => ({ kind: "account", id: i.userId }) },
  run: (ctx, input, account) => revokeGrant(ctx, account, input.grantId),
  revalidate: () => ["/accounts"],
});

export const setAccountDisabledAction = defineAction({
  name: "account.set-disabled",
  input: setAccountDisabledSchema,
  access: { right: "account.manage", resource: (i) => ({ kind: "account", id: i.userId }) },
  run: (ctx, input, account) => setAccountDisabled(ctx, account, input.disabled),
  revalidate: () => ["/accounts"],
});

export const resetAccountPasswordAction = defineAction({
  name: "account.reset-password",
  input: resetPasswordSchema,
  access: { right: "account.manage", resource: (i) => ({ kind: "account", id: i.userId }) },
  run: (ctx, input, account) => resetAccountPassword(ctx, account, input),
  revalidate: () => ["/accounts"],
});
