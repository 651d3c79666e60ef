"use server";
import { defineAction } from "../server/action";
import { changeOrganisationStatus, createDistrict, createProvince, updateOrganisation } from "./organisation";
import { changeOrganisationStatusSchema, createDistrictSchema, createProvinceSchema, updateOrganisationSchema } from "./schema";

const dto = (u: { id: string; version: number; provinceId: string | null; districtId: string | null }) => ({ id: u.id, version: u.version, provinceId: u.provinceId, districtId: u.districtId });
const paths = (u: { provinceId: string | null; districtId: string | null }) => ["/setup", ...(u.provinceId ? [`/provinces/${u.provinceId}`] : []), ...(u.districtId ? [`/districts/${u.districtId}`] : [])];

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

export const createDistrictAction = defineAction({
  name: "district.create",
  input: createDistrictSchema,
  access: { right: "district.manage", resource: (i) => ({ kind: "province", id: i.provinceId }) },
  run: async (ctx, input) => dto(await createDistrict(ctx, input)),
  revalidate: (_i, u) => paths(u),
});

export const updateDistrictAction = defineAction({
  name: "district.update",
  input: updateOrganisationSchema,
  access: { right: "district.manage", resource: (i) => ({ kind: "district", id: i.unitId }) },
  errors: ["VERSION_CONFLICT"],
  run: async (ctx, input) => dto(await updateOrganisation(ctx, input)),
  revalidate: (_i, u) => paths(u),
});

export const changeDistrictStatusAction = defineAction({
  name: "district.change-status",
  input: changeOrganisationStatusSchema,
  access: { right: "district.manage", resource: (i) => ({ kind: "district", id: i.unitId }) },
  errors: ["VERSION_CONFLICT"],
  run: async (ctx, input) => dto(await changeOrganisationStatus(ctx, input)),
  revalidate: (_i, u) => paths(u),
});
