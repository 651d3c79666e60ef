"use server";
import { db } from "../db/client";
import { DomainError } from "../errors";
import { congressPaths } from "../planning/place";
import { defineAction } from "../server/action";
import { GRASSROOTS_KINDS } from "./data";
import { saveGrassrootsCongress } from "./mutations";
import { saveGrassrootsSchema } from "./schema";

export const saveGrassrootsAction = defineAction({
  name: "grassroots.save",
  input: saveGrassrootsSchema,
  access: { right: "congress.manage", resource: (i) => ({ kind: "congress", id: i.organisationCongressId }) },
  errors: ["NOT_GRASSROOTS", "VERSION_CONFLICT"],
  async run(ctx, input, organisation) {
    if (!organisation.isOrganisationCongress) throw new DomainError("NOT_GRASSROOTS");
    // The unit must be a grassroots organisation of the same organisation.
    const unit = await db.unit.findFirst({ where: { id: input.unitId, organisationId: organisation.organisationId, kind: { in: [...GRASSROOTS_KINDS] } }, select: { id: true } });
    if (!unit) throw new DomainError("NOT_GRASSROOTS");
    return saveGrassrootsCongress(ctx, organisation, unit, input);
  },
  revalidate: (_input, result) => congressPaths(result),
});
