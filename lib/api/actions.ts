"use server";
import { SELF, defineAction } from "../server/action";
import { createTokenSchema, revokeTokenSchema } from "./token-schema";
import { createApiToken, revokeApiToken } from "./tokens";

/** The signed-in user makes a token for themself; it carries their own rights, no more. */
export const createTokenAction = defineAction({
  name: "api-token.create",
  input: createTokenSchema,
  access: SELF,
  async run({ actor }, { name }) {
    const created = await createApiToken(actor.userId, name, { userId: actor.userId, email: actor.email });
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
