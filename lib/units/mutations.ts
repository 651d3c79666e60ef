import "server-only";
import { type Actor, isAdmin } from "../auth/access";
import { isoToDateOnly } from "../dates";
import { db } from "../db/client";
import { type MutationContext, type Tx, auditChange, nextVersion, updateVersioned } from "../db/mutation";
import { DomainError } from "../errors";
import { BELOW_ORGANISATION_KINDS, ORGANISATION_KINDS } from "./levels";
import { placeOfUnit } from "./place";
import type { changeUnitStatusSchema, createUnitSchema, updateUnitSchema } from "./schema";
import type { z } from "../validation";


export const unitEditSelect = {
  id: true,
  code: true,
  name: true,
  kind: true,
  block: true,
  status: true,
  memberCount: true,
  foundedOn: true,
  statusChangedOn: true,
  statusNote: true,
  successorId: true,
  parentId: true,
  provinceId: true,
  organisationId: true,
  version: true,
} as const;

async function current(tx: Tx, id: string) {
  return tx.unit.findUniqueOrThrow({ where: { id }, select: unitEditSelect });
}

/** The next code under a parent, after the highest in use: LC-TU-048, or LC-TU-012-05 for a cell. */
async function nextCode(tx: Tx, prefix: string, width: number): Promise<string> {
  const siblings = await tx.unit.findMany({ where: { code: { startsWith: `${prefix}-` } }, select: { code: true } });
  const highest = Math.max(0, ...siblings.map((s) => Number.parseInt(s.code.slice(prefix.length + 1).split("-")[0]!, 10)).filter(Number.isFinite));
  return `${prefix}-${String(highest + 1).padStart(width, "0")}`;
}

export async function createUnit(ctx: MutationContext, input: z.output<typeof createUnitSchema>) {
  return db.$transaction(async (tx) => {
    const organisation = await tx.unit.findUniqueOrThrow({ where: { id: input.organisationId }, select: { id: true, code: true, kind: true, provinceId: true } });
    // A province's units below are organisations, made by its overseer (lib/units/organisation.ts).
    if (organisation.kind === "PROVINCE") throw new DomainError("VALIDATION", { kind: ["errors.invalid"] });
    let parent = { id: organisation.id, code: organisation.code };
    if (input.kind === "CELL") {
      const committee = await tx.unit.findFirst({
        where: { id: input.parentId, organisationId: organisation.id, kind: "GRASSROOTS_COMMITTEE" },
        select: { id: true, code: true },
      });
      if (!committee) throw new DomainError("VALIDATION", { parentId: ["errors.invalid"] });
      parent = committee;
    }
    const code = await nextCode(tx, parent.code, input.kind === "CELL" ? 2 : 3);
    const unit = await tx.unit.create({
      data: {
        code,
        name: input.name,
        kind: input.kind,
        block: input.kind === "CELL" ? null : (input.block ?? null),
        parentId: parent.id,
        provinceId: organisation.provinceId,
        organisationId: organisation.id,
        memberCount: input.memberCount ?? null,
        foundedOn: input.foundedOn ? isoToDateOnly(input.foundedOn) : null,
      },
      select: unitEditSelect,
    });
    await auditChange(tx, ctx, { entityType: "unit", entityId: unit.id, place: placeOfUnit(unit), after: unit });
    return unit;
  });
}

export async function updateUnit(ctx: MutationContext, input: z.output<typeof updateUnitSchema>) {
  return db.$transaction(async (tx) => {
    const before = await current(tx, input.unitId);
    const data = {
      name: input.name,
      block: before.kind === "CELL" ? null : (input.block ?? null),
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
 * Records a unit's life event. A merge names the unit it went into (in the same organisation); the
 * unit and its history stay, outside every "active" count.
 */
export async function changeUnitStatus(ctx: MutationContext & { actor: Actor }, input: z.output<typeof changeUnitStatusSchema>) {
  return db.$transaction(async (tx) => {
    const before = await current(tx, input.unitId);
    if (input.successorId && input.status !== "ACTIVE") {
      const successor = await tx.unit.findFirst({
        // Another unit of the organisation, or an organisation (a commune merged into a new one on 1/7/2025).
        where: {
          id: input.successorId,
          status: "ACTIVE",
          NOT: { id: before.id },
          OR: [{ organisationId: before.organisationId, kind: { in: [...BELOW_ORGANISATION_KINDS] } }, { kind: { in: [...ORGANISATION_KINDS] }, ...(isAdmin(ctx.actor) ? {} : { provinceId: before.provinceId }) }],
        },
        select: { id: true },
      });
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
