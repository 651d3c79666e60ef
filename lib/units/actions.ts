"use server";
import { defineAction } from "../server/action";
import { changeUnitStatus, createUnit, updateUnit } from "./mutations";
import { changeUnitStatusSchema, createUnitSchema, updateUnitSchema } from "./schema";

const dto = (u: { id: string; version: number; organisationId: string | null }) => ({ id: u.id, version: u.version, organisationId: u.organisationId });

export const createUnitAction = defineAction({
  name: "unit.create",
  input: createUnitSchema,
  access: { right: "unit.manage", resource: (i) => ({ kind: "organisation", id: i.organisationId }) },
  run: async (ctx, input) => dto(await createUnit(ctx, input)),
  revalidate: (input) => [`/organisations/${input.organisationId}`],
});

export const updateUnitAction = defineAction({
  name: "unit.update",
  input: updateUnitSchema,
  access: { right: "unit.manage", resource: (i) => ({ kind: "unit", id: i.unitId }) },
  errors: ["VERSION_CONFLICT"],
  run: async (ctx, input) => dto(await updateUnit(ctx, input)),
  revalidate: (_input, unit) => [`/organisations/${unit.organisationId}`, `/organisations/${unit.organisationId}/units/${unit.id}`],
});

export const changeUnitStatusAction = defineAction({
  name: "unit.change-status",
  input: changeUnitStatusSchema,
  access: { right: "unit.manage", resource: (i) => ({ kind: "unit", id: i.unitId }) },
  errors: ["VERSION_CONFLICT"],
  run: async (ctx, input) => dto(await changeUnitStatus(ctx, input)),
  revalidate: (_input, unit) => [`/organisations/${unit.organisationId}`, `/organisations/${unit.organisationId}/units/${unit.id}`],
});
