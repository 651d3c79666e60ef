"use server";
import { authorize } from "../auth/access";
import { db } from "../db/client";
import { DomainError } from "../errors";
import { congressPaths, loadCongressRef } from "../planning/place";
import { defineAction } from "../server/action";
import { GRASSROOTS_KINDS } from "./data";
import { saveGrassrootsCongress } from "./mutations";
import { saveGrassrootsSchema } from "./schema";

export const saveGrassrootsAction = defineAction({
  name: "grassroots.save",
  input: saveGrassrootsSchema,
  async run(ctx, input) {
    const district = await loadCongressRef(input.districtCongressId);
    authorize(ctx.actor, "congress.manage", district);
    if (!district.isDistrictCongress) throw new DomainError("NOT_GRASSROOTS");
    // The unit must be a grassroots organisation of the same district.
    const unit = await db.unit.findFirst({ where: { id: input.unitId, districtId: district.districtId, kind: { in: [...GRASSROOTS_KINDS] } }, select: { id: true } });
    if (!unit) throw new DomainError("NOT_GRASSROOTS");
    return saveGrassrootsCongress(ctx, district, unit, input);
  },
  revalidate: (_input, result) => congressPaths(result),
});
