"use server";
import { DomainError } from "../errors";
import { peopleInOrganisation } from "../planning/people";
import { congressPaths } from "../planning/place";
import { defineAction } from "../server/action";
import { addMember, createSubCommittee, removeMember, updateMember, updateSubCommittee } from "./mutations";
import { addMemberSchema, createSubCommitteeSchema, removeMemberSchema, updateMemberSchema, updateSubCommitteeSchema } from "./schema";

/** A linked account must work in the sub-committee's organisation. */
async function assertAccountInOrganisation(organisationId: string | null, userId: string | null) {
  if (userId && !(organisationId && (await peopleInOrganisation(organisationId, [userId])).has(userId))) {
    throw new DomainError("VALIDATION", { userId: ["planningErrors.notInOrganisation"] });
  }
}

export const createSubCommitteeAction = defineAction({
  name: "subcommittee.create",
  input: createSubCommitteeSchema,
  access: { right: "congress.manage", resource: (i) => ({ kind: "congress", id: i.congressId }) },
  errors: ["NAME_TAKEN", "KIND_TAKEN"],
  run: (ctx, input, congress) => createSubCommittee(ctx, congress, input),
  revalidate: (_input, result) => congressPaths(result),
});

export const updateSubCommitteeAction = defineAction({
  name: "subcommittee.update",
  input: updateSubCommitteeSchema,
  access: { right: "congress.manage", resource: (i) => ({ kind: "subCommittee", id: i.id }) },
  errors: ["VERSION_CONFLICT", "NAME_TAKEN", "KIND_TAKEN"],
  run: (ctx, input, subCommittee) => updateSubCommittee(ctx, subCommittee, input),
  revalidate: (_input, result) => congressPaths(result),
});

export const addMemberAction = defineAction({
  name: "subcommittee.add-member",
  input: addMemberSchema,
  access: { right: "congress.manage", resource: (i) => ({ kind: "subCommittee", id: i.subCommitteeId }) },
  errors: ["MEMBER_TAKEN"],
  async run(ctx, input, subCommittee) {
    await assertAccountInOrganisation(subCommittee.organisationId, input.userId);
    return addMember(ctx, subCommittee, input);
  },
  revalidate: (_input, result) => congressPaths(result),
});

export const updateMemberAction = defineAction({
  name: "subcommittee.update-member",
  input: updateMemberSchema,
  access: { right: "congress.manage", resource: (i) => ({ kind: "subCommitteeMember", id: i.id }) },
  errors: ["VERSION_CONFLICT", "MEMBER_TAKEN"],
  async run(ctx, input, member) {
    await assertAccountInOrganisation(member.organisationId, input.userId);
    return updateMember(ctx, member, input);
  },
  revalidate: (_input, result) => congressPaths(result),
});

export const removeMemberAction = defineAction({
  name: "subcommittee.remove-member",
  input: removeMemberSchema,
  access: { right: "congress.manage", resource: (i) => ({ kind: "subCommitteeMember", id: i.id }) },
  errors: ["VERSION_CONFLICT"],
  run: (ctx, input, member) => removeMember(ctx, member, input.version),
  revalidate: (_input, result) => congressPaths(result),
});
