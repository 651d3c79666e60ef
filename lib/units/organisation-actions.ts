"use server";
import { NotFoundError } from "../errors";
import { defineAction } from "../server/action";
import { changeOrganisationStatus, createOrganisation, createProvince, updateOrganisation } from "./organisation";
import { changeOrganisationStatusSchema, createOrganisationSchema, createProvinceSchema, updateOrganisationSchema } from "./schema";

/** A province is an organisation too (its own congress), but only province.* actions change its record. */
function notProvince<T>(organisation: { kind: string }, input: T): T {
  if (organisation.kind === "PROVINCE") throw new NotFoundError("organisation");
  return input;
}

const dto = (u: { id: string; version: number; provinceId: string | null; organisationId: string | null }) => ({ id: u.id, version: u.version, provinceId: u.provinceId, organisationId: u.organisationId });
const paths = (u: { provinceId: string | null; organisationId: string | null }) => ["/setup", ...(u.provinceId ? [`/provinces/${u.provinceId}`] : []), ...(u.organisationId ? [`/organisations/${u.organisationId}`] : [])];

export const createProvinceAction = defineAction({
  name: "province.create",
  input: createProvinceSchema,
  access: { right: "province.manage", resource: () => ({ kind: "installation", id: "installation" }) },
  run: async (ctx, input) => dto(await createProvince(ctx, input)),
  revalidate: (_i, u) => paths(u),
});

export const updateProvinceAction = defineAction({
  name: "province.update",
  input: updateOrganisationSchema,
  access: { right: "province.manage", resource: (i) => ({ kind: "province", id: i.unitId }) },
  errors: ["VERSION_CONFLICT"],
  run: async (ctx, input) => dto(await updateOrganisation(ctx, input)),
  revalidate: (_i, u) => paths(u),
});

export const changeProvinceStatusAction = defineAction({
  name: "province.change-status",
  input: changeOrganisationStatusSchema,
  access: { right: "province.manage", resource: (i) => ({ kind: "province", id: i.unitId }) },
  errors: ["VERSION_CONFLICT"],
  run: async (ctx, input) => dto(await changeOrganisationStatus(ctx, input)),
  revalidate: (_i, u) => paths(u),
});

export const createOrganisationAction = defineAction({
  name: "organisation.create",
  input: createOrganisationSchema,
  access: { right: "organisation.manage", resource: (i) => ({ kind: "province", id: i.provinceId }) },
  run: async (ctx, input) => dto(await createOrganisation(ctx, input)),
  revalidate: (_i, u) => paths(u),
});

export const updateOrganisationAction = defineAction({
  name: "organisation.update",
  input: updateOrganisationSchema,
  access: { right: "organisation.manage", resource: (i) => ({ kind: "organisation", id: i.unitId }) },
  errors: ["VERSION_CONFLICT"],
  run: async (ctx, input, organisation) => dto(await updateOrganisation(ctx, notProvince(organisation, input))),
  revalidate: (_i, u) => paths(u),
});

export const changeOrganisationStatusAction = defineAction({
  name: "organisation.change-status",
  input: changeOrganisationStatusSchema,
  access: { right: "organisation.manage", resource: (i) => ({ kind: "organisation", id: i.unitId }) },
  errors: ["VERSION_CONFLICT"],
  run: async (ctx, input, organisation) => dto(await changeOrganisationStatus(ctx, notProvince(organisation, input))),
  revalidate: (_i, u) => paths(u),
});
