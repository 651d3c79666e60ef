"use server";
import { SELF, defineAction } from "../server/action";
import { verifyOwnPassword } from "../users/mutations";
import { createTokenSchema, revokeTokenSchema } from "./token-schema";
import { createApiToken, revokeApiToken } from "./tokens";

/**
 * The signed-in user makes a token for themself; it carries their own rights, no more, for the
 * days and the scope chosen. A session alone is not enough: the password is asked for again.
 */
export const createTokenAction = defineAction({
  name: "api-token.create",
  input: createTokenSchema,
  access: SELF,
  errors: ["RATE_LIMITED"],
  async run({ actor }, { name, days, scope, password }) {
    await verifyOwnPassword(actor.userId, password, "password");
    const created = await createApiToken(actor.userId, name, { userId: actor.userId, email: actor.email }, { days, scope, sessionVersion: actor.sessionVersion ?? -1 });
    return { token: created.token, id: created.id };
  },
  revalidate: () => ["/settings"],
});

export const revokeTokenAction = defineAction({
  name: "api-token.revoke",
  input: revokeTokenSchema,
  access: SELF,
  async run({ actor }, { id }) {
    return revokeApiToken(actor, id);
  },
  revalidate: () => ["/settings"],
});
