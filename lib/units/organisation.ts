import "server-only";
import { type Actor, isAdmin } from "../auth/access";
import { isoToDateOnly } from "../dates";
import { db } from "../db/client";
import { type MutationContext, type Tx, auditChange, nextVersion, updateVersioned } from "../db/mutation";
import { DomainError } from "../errors";
import type { z } from "../validation";
import { unitEditSelect } from "./mutations";
import { ORGANISATION_KINDS } from "./levels";
import { placeOfUnit } from "./place";
import type { changeOrganisationStatusSchema, createOrganisationSchema, createProvinceSchema, updateOrganisationSchema } from "./schema";

// Provinces and the organisations under them (communes, wards, special zones, committees directly
// under the province; districts as history): made and edited in the UI by an admin (a province's
// overseer for its organisations), with the same life as the units below them (dissolved, merged,
// transferred; the row and its history stay, and a successor names who took over).

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
    // A province is its own place: its own province, and its own organisation (its own congress).
    const unit = await tx.unit.update({ where: { id: created.id }, data: { provinceId: created.id, organisationId: created.id }, select: unitEditSelect });
    await auditChange(tx, ctx, { entityType: "unit", entityId: unit.id, place: placeOfUnit(unit), after: unit });
    return unit;
  });
}

export async function createOrganisation(ctx: MutationContext, input: z.output<typeof createOrganisationSchema>) {
  return db.$transaction(async (tx) => {
    await assertCodeFree(tx, input.code);
    const created = await tx.unit.create({
      data: {
        code: input.code,
        name: input.name,
        kind: input.kind,
        parentId: input.provinceId,
        provinceId: input.provinceId,
        memberCount: input.memberCount ?? null,
        foundedOn: input.foundedOn ? isoToDateOnly(input.foundedOn) : null,
      },
      select: { id: true },
    });
    const unit = await tx.unit.update({ where: { id: created.id }, data: { organisationId: created.id }, select: unitEditSelect });
    await auditChange(tx, ctx, { entityType: "unit", entityId: unit.id, place: placeOfUnit(unit), after: unit });
    return unit;
  });
}

export async function updateOrganisation(ctx: MutationContext, input: z.output<typeof updateOrganisationSchema>) {
  return db.$transaction(async (tx) => {
    const before = await current(tx, input.unitId);
    await assertCodeFree(tx, input.code, input.unitId);
    // A province stays a province; another organisation may have its level corrected.
    if (input.kind && before.kind === "PROVINCE") throw new DomainError("VALIDATION", { kind: ["errors.invalid"] });
    const data = {
      code: input.code,
      name: input.name,
      ...(input.kind ? { kind: input.kind } : {}),
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

/**
 * A province's or organisation's life event. Its successor is an active province for a province
 * (Bắc Kạn merged into Thái Nguyên), an active organisation otherwise (a district dissolved on
 * 1/7/2025 names the commune that keeps its records). Nothing below it is moved: its congresses
 * stay where they were held, readable from the successor.
 */
export async function changeOrganisationStatus(ctx: MutationContext & { actor: Actor }, input: z.output<typeof changeOrganisationStatusSchema>) {
  return db.$transaction(async (tx) => {
    const before = await current(tx, input.unitId);
    if (input.successorId && input.status !== "ACTIVE") {
      const kinds = before.kind === "PROVINCE" ? ["PROVINCE" as const] : ORGANISATION_KINDS.filter((k) => k !== "PROVINCE");
      // The successor reads the records it takes over: only an admin hands them to another province.
      const province = before.kind === "PROVINCE" || isAdmin(ctx.actor) ? {} : { provinceId: before.provinceId };
      const successor = await tx.unit.findFirst({ where: { id: input.successorId, kind: { in: [...kinds] }, status: "ACTIVE", NOT: { id: before.id }, ...province }, select: { id: true } });
      if (!successor) throw new DomainError("VALIDATION", { successorId: ["errors.invalid"] });
    }
    const active = input.status === "ACTIVE";
    const data = {
      status: input.status,
      statusChangedOn: active || !input.effectiveOn ? null : isoToDateOnly(input.effectiveOn),
      successorId: input.status === "ACTIVE" ? null : (input.successorId ?? null),
      statusNote: active ? null : (input.note ?? null),
      ...nextVersion,
    };
    await updateVersioned((where) => tx.unit.updateMany({ where, data }), { id: input.unitId, version: input.version }, before);
    const after = await current(tx, input.unitId);
    await auditChange(tx, ctx, { entityType: "unit", entityId: after.id, place: placeOfUnit(after), before, after });
    return after;
  });
}
