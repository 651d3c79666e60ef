import "server-only";
import { db } from "../db/client";
import { type MutationContext, type Tx, auditChange, nextVersion, updateVersioned } from "../db/mutation";
import { isoToDateOnly } from "../dates";
import { NotFoundError, VersionConflictError } from "../errors";
import type { LoadedCongress } from "../auth/resources";
import { placeOf } from "../planning/place";
import type { z } from "../validation";
import { grassrootsCongressSelect, toGrassrootsCongressDto } from "./data";
import type { saveGrassrootsSchema } from "./schema";
import { assertKindChangeable } from "../congresses/mutations";

type Input = z.output<typeof saveGrassrootsSchema>;

async function current(tx: Tx, unitId: string, termStart: number) {
  const row = await tx.congress.findUnique({ where: { unitId_termStart: { unitId, termStart } }, select: grassrootsCongressSelect });
  return row ? toGrassrootsCongressDto(row) : null;
}

function congressData(input: Input) {
  return {
    ordinal: input.ordinal,
    plannedOpening: input.plannedOpening ? isoToDateOnly(input.plannedOpening) : null,
    heldOn: input.heldOn ? isoToDateOnly(input.heldOn) : null,
    isPilot: input.isPilot,
    // Left out, an edit keeps the kind and a new congress takes the column's default.
    ...(input.kind ? { kind: input.kind } : {}),
    status: input.status,
  };
}

/** Creates or updates a grassroots unit's congress for the organisation congress's term. */
export async function saveGrassrootsCongress(ctx: MutationContext, organisation: LoadedCongress, unit: { id: string }, input: Input) {
  return db.$transaction(async (tx) => {
    const before = await current(tx, unit.id, organisation.termStart);
    const place = placeOf(organisation);
    // Someone created or changed it since the form was loaded: show them the newer values.
    if ((before?.id ?? null) !== input.congressId || (before && before.version !== input.version)) {
      throw new VersionConflictError(before);
    }
    if (before) {
      await assertKindChangeable(tx, before.id, before.kind, input.kind);
      await updateVersioned((where) => tx.congress.updateMany({ where, data: { ...congressData(input), ...nextVersion } }), { id: before.id, version: input.version! }, () => current(tx, unit.id, organisation.termStart));
    } else {
      await tx.congress.create({ data: { ...congressData(input), unitId: unit.id, ...place, termStart: organisation.termStart, termEnd: organisation.termEnd } });
    }
    const after = await current(tx, unit.id, organisation.termStart);
    if (!after) throw new NotFoundError("congress");
    await auditChange(tx, ctx, { entityType: "congress", entityId: after.id, place, before, after: { unitId: unit.id, ...after } });
    return { ...after, unitId: unit.id, congressId: organisation.id, organisationId: organisation.organisationId };
  });
}
