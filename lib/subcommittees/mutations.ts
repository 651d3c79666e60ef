import "server-only";
import { db } from "../db/client";
import { type MutationContext, type Tx, auditChange, nextVersion, updateVersioned } from "../db/mutation";
import { isoToDateOnly } from "../dates";
import { DomainError, NotFoundError } from "../errors";
import { defaultName } from "../planning/default-names";
import type { LoadedCongress } from "../auth/resources";
import { placeOf } from "../planning/place";
import { memberSelect, subCommitteeSelect, toMemberDto, toSubCommitteeDto } from "./data";
import type { addMemberSchema, createSubCommitteeSchema, updateMemberSchema, updateSubCommitteeSchema } from "./schema";
import type { z } from "../validation";


function subCommitteeData(input: Omit<z.output<typeof createSubCommitteeSchema>, "congressId">) {
  const kind = input.kind === "CUSTOM" ? null : input.kind;
  return {
    kind,
    name: input.name ?? defaultName.subCommittee(kind!),
    decisionNumber: input.decisionNumber ?? null,
    decisionDate: input.decisionDate ? isoToDateOnly(input.decisionDate) : null,
  };
}

/** A kind and a name appear once per congress. */
async function assertFree(tx: Tx, congressId: string, data: ReturnType<typeof subCommitteeData>, exceptId?: string) {
  const clash = await tx.subCommittee.findFirst({
    where: { congressId, id: exceptId ? { not: exceptId } : undefined, OR: [{ name: data.name }, ...(data.kind ? [{ kind: data.kind }] : [])] },
    select: { name: true, kind: true },
  });
  if (!clash) return;
  if (clash.name === data.name) throw new DomainError("NAME_TAKEN", { name: ["planningErrors.NAME_TAKEN"] });
  throw new DomainError("KIND_TAKEN", { kind: ["planningErrors.KIND_TAKEN"] });
}

async function currentSubCommittee(tx: Tx, id: string) {
  const row = await tx.subCommittee.findUnique({ where: { id }, select: subCommitteeSelect });
  if (!row) throw new NotFoundError("sub-committee");
  return toSubCommitteeDto(row);
}

export async function createSubCommittee(ctx: MutationContext, congress: LoadedCongress, input: z.output<typeof createSubCommitteeSchema>) {
  const data = subCommitteeData(input);
  return db.$transaction(async (tx) => {
    await assertFree(tx, congress.id, data);
    const row = await tx.subCommittee.create({
      data: { ...data, congressId: congress.id, provinceId: congress.provinceId, organisationId: congress.organisationId },
      select: subCommitteeSelect,
    });
    const after = toSubCommitteeDto(row);
    await auditChange(tx, ctx, { entityType: "sub_committee", entityId: row.id, place: placeOf(congress), after });
    return after;
  });
}

export async function updateSubCommittee(ctx: MutationContext, existing: { id: string; congressId: string; provinceId: string | null; organisationId: string | null }, input: z.output<typeof updateSubCommitteeSchema>) {
  const data = subCommitteeData(input);
  return db.$transaction(async (tx) => {
    const before = await currentSubCommittee(tx, existing.id);
    await assertFree(tx, existing.congressId, data, existing.id);
    await updateVersioned((where) => tx.subCommittee.updateMany({ where, data: { ...data, ...nextVersion } }), { id: existing.id, version: input.version }, before);
    const after = await currentSubCommittee(tx, existing.id);
    await auditChange(tx, ctx, { entityType: "sub_committee", entityId: existing.id, place: placeOf(existing), before, after });
    return after;
  });
}

async function currentMember(tx: Tx, id: string) {
  const row = await tx.subCommitteeMember.findUnique({ where: { id }, select: memberSelect });
  if (!row) throw new NotFoundError("member");
  return toMemberDto(row);
}

async function memberData(tx: Tx, input: Omit<z.output<typeof addMemberSchema>, "subCommitteeId">) {
  let fullName = input.fullName;
  if (!fullName && input.userId) fullName = (await tx.user.findUniqueOrThrow({ where: { id: input.userId }, select: { name: true } })).name;
  return { userId: input.userId, fullName: fullName!, jobTitle: input.jobTitle ?? null, position: input.position };
}

async function assertSeatFree(tx: Tx, subCommitteeId: string, userId: string | null, exceptId?: string) {
  if (!userId) return;
  const seat = await tx.subCommitteeMember.findFirst({ where: { subCommitteeId, userId, id: exceptId ? { not: exceptId } : undefined }, select: { id: true } });
  if (seat) throw new DomainError("MEMBER_TAKEN", { userId: ["planningErrors.MEMBER_TAKEN"] });
}

type SubCommitteePlace = { id: string; provinceId: string | null; organisationId: string | null };

export async function addMember(ctx: MutationContext, subCommittee: SubCommitteePlace, input: z.output<typeof addMemberSchema>) {
  return db.$transaction(async (tx) => {
    await assertSeatFree(tx, subCommittee.id, input.userId);
    const row = await tx.subCommitteeMember.create({
      data: { ...(await memberData(tx, input)), subCommitteeId: subCommittee.id, provinceId: subCommittee.provinceId, organisationId: subCommittee.organisationId },
      select: memberSelect,
    });
    const after = toMemberDto(row);
    await auditChange(tx, ctx, { entityType: "sub_committee_member", entityId: row.id, place: placeOf(subCommittee), after });
    return after;
  });
}

export async function updateMember(ctx: MutationContext, member: SubCommitteePlace & { subCommitteeId: string }, input: z.output<typeof updateMemberSchema>) {
  return db.$transaction(async (tx) => {
    const before = await currentMember(tx, member.id);
    await assertSeatFree(tx, member.subCommitteeId, input.userId, member.id);
    const data = { ...(await memberData(tx, input)), ...nextVersion };
    await updateVersioned((where) => tx.subCommitteeMember.updateMany({ where, data }), { id: member.id, version: input.version }, before);
    const after = await currentMember(tx, member.id);
    await auditChange(tx, ctx, { entityType: "sub_committee_member", entityId: member.id, place: placeOf(member), before, after });
    return after;
  });
}

export async function removeMember(ctx: MutationContext, member: SubCommitteePlace, expectedVersion: number) {
  return db.$transaction(async (tx) => {
    const before = await currentMember(tx, member.id);
    await updateVersioned((where) => tx.subCommitteeMember.deleteMany({ where }), { id: member.id, version: expectedVersion }, before);
    await auditChange(tx, ctx, { entityType: "sub_committee_member", entityId: member.id, place: placeOf(member), before });
    return { congressId: before.congressId, organisationId: before.organisationId };
  });
}
