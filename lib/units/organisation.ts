import "server-only";
import { isoToDateOnly } from "../dates";
import { db } from "../db/client";
import { type MutationContext, type Tx, auditChange, nextVersion, updateVersioned } from "../db/mutation";
import { DomainError } from "../errors";
import type { z } from "../validation";
import { unitEditSelect } from "./mutations";
import { placeOfUnit } from "./place";
import type { changeOrganisationStatusSchema, createDistrictSchema, createProvinceSchema, updateOrganisationSchema } from "./schema";

// Provinces and districts: made and edited in the UI by an admin (a province's overseer for its
// districts), with the same life as the units below them (dissolved, merged, transferred; the row
// and its history stay).

const current = (tx: Tx, id: string) => tx.unit.findUniqueOrThrow({ where: { id }, select: unitEditSelect });

async function assertCodeFree(tx: Tx, code: string, exceptId?: string) {
  const other = await tx.unit.findFirst({ where: { code, NOT: exceptId ? { id: exceptId } : undefined }, select: { id: true } });
  if (other) throw new DomainError("VALIDATION", { code: ["organisationErrors.codeTaken"] });
}

export async function createProvince(ctx: MutationContext, input: z.output<typeof createProvinceSchema>) {
  return db.$transaction(async (tx) => {
    await assertCodeFree(tx, input.code);
    const created = await tx.unit.create({
      data: { code: input.code, name: input.name, kind: "PROVINCE", memberCount: input.memberCount ?? null, foundedOn: input.foundedOn ? isoToDateOnly(input.foundedOn) : null },
      select: { id: true },
    });
    // A province is its own place (lib/auth/access scopes by provinceId).
    const unit = await tx.unit.update({ where: { id: created.id }, data: { provinceId: created.id }, select: unitEditSelect });
    await auditChange(tx, ctx, { entityType: "unit", entityId: unit.id, place: placeOfUnit(unit), after: unit });
    return unit;
  });
}

export async function createDistrict(ctx: MutationContext, input: z.output<typeof createDistrictSchema>) {
  return db.$transaction(async (tx) => {
    await assertCodeFree(tx, input.code);
    const created = await tx.unit.create({
      data: {
        code: input.code,
        name: input.name,
        kind: "DISTRICT",
        parentId: input.provinceId,
        provinceId: input.provinceId,
        memberCount: input.memberCount ?? null,
        foundedOn: input.foundedOn ? isoToDateOnly(input.foundedOn) : null,
      },
      select: { id: true },
    });
    const unit = await tx.unit.update({ where: { id: created.id }, data: { districtId: created.id }, select: unitEditSelect });
    await auditChange(tx, ctx, { entityType: "unit", entityId: unit.id, place: placeOfUnit(unit), after: unit });
    return unit;
  });
}

export async function updateOrganisation(ctx: MutationContext, input: z.output<typeof updateOrganisationSchema>) {
  return db.$transaction(async (tx) => {
    const before = await current(tx, input.unitId);
    await assertCodeFree(tx, input.code, input.unitId);
    const data = {
      code: input.code,
      name: input.name,
      memberCount: input.memberCount ?? null,
      foundedOn: input.foundedOn ? isoToDateOnly(input.foundedOn) : null,
      ...nextVersion,
    };
    await updateVersioned((where) => tx.unit.updateMany({ where, data }), { id: input.unitId, version: input.version }, before);
    const after = await current(tx, input.unitId);
    await auditChange(tx, ctx, { entityType: "unit", entityId: after.id, place: placeOfUnit(after), before, after });
    return after;
  });
}

/** A province's or district's life event; a merge names an active unit of the same kind (a district: of the same province). */
export async function changeOrganisationStatus(ctx: MutationContext, input: z.output<typeof changeOrganisationStatusSchema>) {
  return db.$transaction(async (tx) => {
    const before = await current(tx, input.unitId);
    if (input.status === "MERGED") {
      const successor = await tx.unit.findFirst({
        where: { id: input.successorId, kind: before.kind, status: "ACTIVE", NOT: { id: before.id }, ...(before.kind === "DISTRICT" ? { provinceId: before.provinceId } : {}) },
        select: { id: true },
      });
      if (!successor) throw new DomainError("VALIDATION", { successorId: ["errors.invalid"] });
    }
    const active = input.status === "ACTIVE";
    const data = {
      status: input.status,
      statusChangedOn: active || !input.effectiveOn ? null : isoToDateOnly(input.effectiveOn),
      successorId: input.status === "MERGED" ? input.successorId! : null,
      statusNote: active ? null : (input.note ?? null),
      ...nextVersion,
    };
    await updateVersioned((where) => tx.unit.updateMany({ where, data }), { id: input.unitId, version: input.version }, before);
    const after = await current(tx, input.unitId);
    await auditChange(tx, ctx, { entityType: "unit", entityId: after.id, place: placeOfUnit(after), before, after });
    return after;
  });
}
