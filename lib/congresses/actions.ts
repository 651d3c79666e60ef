"use server";
import { NotFoundError } from "../errors";
import { defineAction } from "../server/action";
import { createCongress, createNextTermCongress, setCongressStatus, updateCongress } from "./mutations";
import { createCongressSchema, nextTermCongressSchema, setCongressStatusSchema, updateCongressSchema } from "./schema";

const dto = (c: { id: string; version: number; organisationId: string | null; status: string }) => ({ id: c.id, version: c.version, organisationId: c.organisationId, status: c.status });
const paths = (c: { id: string; organisationId: string | null }) => [`/organisations/${c.organisationId}`, `/organisations/${c.organisationId}/congresses/${c.id}`];

/** These actions edit an organisation's own congress; grassroots congresses have their own (grassroots.save). */
function organisationCongress<T extends { isOrganisationCongress: boolean }>(congress: T): T {
  if (!congress.isOrganisationCongress) throw new NotFoundError("congress");
  return congress;
}

export const createCongressAction = defineAction({
  name: "congress.create",
  input: createCongressSchema,
  access: { right: "congress.edit", resource: (i) => ({ kind: "organisation", id: i.organisationId }) },
  run: async (ctx, input, organisation) => dto(await createCongress(ctx, organisation, input)),
  revalidate: (_i, c) => paths(c),
});

export const updateCongressAction = defineAction({
  name: "congress.update",
  input: updateCongressSchema,
  access: { right: "congress.edit", resource: (i) => ({ kind: "congress", id: i.congressId }) },
  errors: ["VERSION_CONFLICT"],
  run: async (ctx, input, congress) => dto(await updateCongress(ctx, organisationCongress(congress).id, input)),
  revalidate: (_i, c) => paths(c),
});

export const setCongressStatusAction = defineAction({
  name: "congress.set-status",
  input: setCongressStatusSchema,
  access: { right: "congress.edit", resource: (i) => ({ kind: "congress", id: i.congressId }) },
  errors: ["VERSION_CONFLICT"],
  run: async (ctx, input, congress) => {
    organisationCongress(congress);
    return dto(await setCongressStatus(ctx, input));
  },
  revalidate: (_i, c) => paths(c),
});

export const createNextTermCongressAction = defineAction({
  name: "congress.create-next-term",
  input: nextTermCongressSchema,
  access: { right: "congress.edit", resource: (i) => ({ kind: "congress", id: i.congressId }) },
  run: async (ctx, input, congress) => {
    organisationCongress(congress);
    return dto(await createNextTermCongress(ctx, input));
  },
  revalidate: (_i, c) => paths(c),
});
