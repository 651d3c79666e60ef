"use server";
import { authorize } from "../auth/access";
import { db } from "../db/client";
import { DomainError, NotFoundError } from "../errors";
import { peopleInDistrict } from "../planning/people";
import { congressPaths, loadCongressRef, placeOf } from "../planning/place";
import { defineAction } from "../server/action";
import { addMember, createSubCommittee, removeMember, updateMember, updateSubCommittee } from "./mutations";
import { addMemberSchema, createSubCommitteeSchema, removeMemberSchema, updateMemberSchema, updateSubCommitteeSchema } from "./schema";

async function loadSubCommittee(id: string) {
  const row = await db.subCommittee.findUnique({ where: { id }, select: { id: true, congressId: true, provinceId: true, districtId: true } });
  if (!row) throw new NotFoundError("sub-committee");
  return row;
}

async function loadMember(id: string) {
  const row = await db.subCommitteeMember.findUnique({ where: { id }, select: { id: true, subCommitteeId: true, provinceId: true, districtId: true } });
  if (!row) throw new NotFoundError("member");
  return row;
}

/** A linked account must work in the sub-committee's district. */
async function assertAccountInDistrict(districtId: string | null, userId: string | null) {
  if (userId && !(districtId && (await peopleInDistrict(districtId, [userId])).has(userId))) {
    throw new DomainError("VALIDATION", { userId: ["planningErrors.notInDistrict"] });
  }
}

export const createSubCommitteeAction = defineAction({
  name: "subcommittee.create",
  input: createSubCommitteeSchema,
  async run(ctx, input) {
    const congress = await loadCongressRef(input.congressId);
    authorize(ctx.actor, "congress.manage", congress);
    return createSubCommittee(ctx, congress, input);
  },
  revalidate: (_input, result) => congressPaths(result),
});

export const updateSubCommitteeAction = defineAction({
  name: "subcommittee.update",
  input: updateSubCommitteeSchema,
  async run(ctx, input) {
    const existing = await loadSubCommittee(input.id);
    authorize(ctx.actor, "congress.manage", placeOf(existing));
    return updateSubCommittee(ctx, existing, input);
  },
  revalidate: (_input, result) => congressPaths(result),
});

export const addMemberAction = defineAction({
  name: "subcommittee.member.add",
  input: addMemberSchema,
  async run(ctx, input) {
    const subCommittee = await loadSubCommittee(input.subCommitteeId);
    authorize(ctx.actor, "congress.manage", placeOf(subCommittee));
    await assertAccountInDistrict(subCommittee.districtId, input.userId);
    return addMember(ctx, subCommittee, input);
  },
  revalidate: (_input, result) => congressPaths(result),
});

export const updateMemberAction = defineAction({
  name: "subcommittee.member.update",
  input: updateMemberSchema,
  async run(ctx, input) {
    const member = await loadMember(input.id);
    authorize(ctx.actor, "congress.manage", placeOf(member));
    await assertAccountInDistrict(member.districtId, input.userId);
    return updateMember(ctx, member, input);
  },
  revalidate: (_input, result) => congressPaths(result),
});

export const removeMemberAction = defineAction({
  name: "subcommittee.member.remove",
  input: removeMemberSchema,
  async run(ctx, input) {
    const member = await loadMember(input.id);
    authorize(ctx.actor, "congress.manage", placeOf(member));
    return removeMember(ctx, member, input.version);
  },
  revalidate: (_input, result) => congressPaths(result),
});
