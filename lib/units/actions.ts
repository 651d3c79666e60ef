"use server";
import { defineAction } from "../server/action";
import { changeUnitStatus, createUnit, updateUnit } from "./mutations";
import { changeUnitStatusSchema, createUnitSchema, updateUnitSchema } from "./schema";

const dto = (u: { id: string; version: number; districtId: string | null }) => ({ id: u.id, version: u.version, districtId: u.districtId });

export const createUnitAction = defineAction({
  name: "unit.create",
  input: createUnitSchema,
  access: { right: "unit.manage", resource: (i) => ({ kind: "district", id: i.districtId }) },
  run: async (ctx, input) => dto(await createUnit(ctx, input)),
  revalidate: (input) => [`/districts/${input.districtId}`],
});

export const updateUnitAction = defineAction({
  name: "unit.update",
  input: updateUnitSchema,
  access: { right: "unit.manage", resource: (i) => ({ kind: "unit", id: i.unitId }) },
  errors: ["VERSION_CONFLICT"],
  run: async (ctx, input) => dto(await updateUnit(ctx, input)),
  revalidate: (_input, unit) => [`/districts/${unit.districtId}`, `/districts/${unit.districtId}/units/${unit.id}`],
});

export const changeUnitStatusAction = defineAction({
  name: "unit.change-status",
  input: changeUnitStatusSchema,
  access: { right: "unit.manage", resource: (i) => ({ kind: "unit", id: i.unitId }) },
  errors: ["VERSION_CONFLICT"],
  run: async (ctx, input) => dto(await changeUnitStatus(ctx, input)),
  revalidate: (_input, unit) => [`/districts/${unit.districtId}`, `/districts/${unit.districtId}/units/${unit.id}`],
});
