"use server";
import { NotFoundError } from "../errors";
import { defineAction } from "../server/action";
import { createCongress, createNextTermCongress, setCongressStatus, updateCongress } from "./mutations";
import { createCongressSchema, nextTermCongressSchema, setCongressStatusSchema, updateCongressSchema } from "./schema";

const dto = (c: { id: string; version: number; districtId: string | null; status: string }) => ({ id: c.id, version: c.version, districtId: c.districtId, status: c.status });
const paths = (c: { id: string; districtId: string | null }) => [`/districts/${c.districtId}`, `/districts/${c.districtId}/congresses/${c.id}`];

/** These actions edit a district's own congress; grassroots congresses have their own (grassroots.save). */
function districtCongress<T extends { isDistrictCongress: boolean }>(congress: T): T {
  if (!congress.isDistrictCongress) throw new NotFoundError("congress");
  return congress;
}

export const createCongressAction = defineAction({
  name: "congress.create",
  input: createCongressSchema,
  access: { right: "congress.edit", resource: (i) => ({ kind: "district", id: i.districtId }) },
  run: async (ctx, input, district) => dto(await createCongress(ctx, district, input)),
  revalidate: (_i, c) => paths(c),
});

export const updateCongressAction = defineAction({
  name: "congress.update",
  input: updateCongressSchema,
  access: { right: "congress.edit", resource: (i) => ({ kind: "congress", id: i.congressId }) },
  errors: ["VERSION_CONFLICT"],
  run: async (ctx, input, congress) => dto(await updateCongress(ctx, districtCongress(congress).id, input)),
  revalidate: (_i, c) => paths(c),
});

export const setCongressStatusAction = defineAction({
  name: "congress.set-status",
  input: setCongressStatusSchema,
  access: { right: "congress.edit", resource: (i) => ({ kind: "congress", id: i.congressId }) },
  errors: ["VERSION_CONFLICT"],
  run: async (ctx, input, congress) => {
    districtCongress(congress);
    return dto(await setCongressStatus(ctx, input));
  },
  revalidate: (_i, c) => paths(c),
});

export const createNextTermCongressAction = defineAction({
  name: "congress.create-next-term",
  input: nextTermCongressSchema,
  access: { right: "congress.edit", resource: (i) => ({ kind: "congress", id: i.congressId }) },
  run: async (ctx, input, congress) => {
    districtCongress(congress);
    return dto(await createNextTermCongress(ctx, input));
  },
  revalidate: (_i, c) => paths(c),
});
