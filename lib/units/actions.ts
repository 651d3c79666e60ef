"use server";
import { authorize } from "../auth/access";
import { db } from "../db/client";
import { NotFoundError } from "../errors";
import { defineAction } from "../server/action";
import { changeUnitStatus, createUnit, placeOfUnitId, updateUnit } from "./mutations";
import { placeOfUnit } from "./place";
import { changeUnitStatusSchema, createUnitSchema, updateUnitSchema } from "./schema";

const dto = (u: { id: string; version: number; districtId: string | null }) => ({ id: u.id, version: u.version, districtId: u.districtId });

export const createUnitAction = defineAction({
  name: "units.create",
  input: createUnitSchema,
  async run({ actor }, input) {
    const district = await db.unit.findFirst({ where: { id: input.districtId, kind: "DISTRICT" }, select: { id: true, kind: true, provinceId: true, districtId: true } });
    if (!district) throw new NotFoundError("district");
    authorize(actor, "unit.manage", placeOfUnit(district));
    return dto(await createUnit(actor, input));
  },
  revalidate: (input) => [`/districts/${input.districtId}`],
});

export const updateUnitAction = defineAction({
  name: "units.update",
  input: updateUnitSchema,
  async run({ actor }, input) {
    authorize(actor, "unit.manage", await placeOfUnitId(input.unitId));
    return dto(await updateUnit(actor, input));
  },
  revalidate: (_input, unit) => [`/districts/${unit.districtId}`, `/districts/${unit.districtId}/units/${unit.id}`],
});

export const changeUnitStatusAction = defineAction({
  name: "units.change-status",
  input: changeUnitStatusSchema,
  async run({ actor }, input) {
    authorize(actor, "unit.manage", await placeOfUnitId(input.unitId));
    return dto(await changeUnitStatus(actor, input));
  },
  revalidate: (_input, unit) => [`/districts/${unit.districtId}`, `/districts/${unit.districtId}/units/${unit.id}`],
});
