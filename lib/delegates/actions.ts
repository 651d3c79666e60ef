"use server";
import { defineAction } from "../server/action";
import { assignGroups, createDelegate, deleteDelegate, reviewCredential, saveQuotas, saveTargets, setCheckIn, updateDelegate } from "./mutations";
import { endReplacement, recordReplacement } from "./replacement";
import { type DelegateDraft, readBirth, readDate } from "./rows";
import {
  assignGroupsSchema,
  checkInSchema,
  createDelegateSchema,
  type delegateFieldsSchema,
  deleteDelegateSchema,
  endReplacementSchema,
  replaceDelegateSchema,
  reviewCredentialSchema,
  saveQuotasSchema,
  saveTargetsSchema,
  updateDelegateSchema,
} from "./schema";
import type { z } from "../validation";

const rosterPaths = (c: { id: string; organisationId: string | null }) => {
  const base = `/organisations/${c.organisationId}/congresses/${c.id}`;
  return [`${base}/delegates`, `${base}/quotas`, `${base}/composition`, `${base}/check-in`, `${base}/groups`];
};

/** The form's checked fields as the columns' draft: dates as YYYY-MM-DD, blanks as null. */
function draftOf(f: z.output<typeof delegateFieldsSchema>): DelegateDraft {
  const birth = readBirth(f.birth)!;
  return {
    fullName: f.fullName,
    gender: f.gender,
    birthDate: birth.date,
    birthYear: birth.year,
    ethnicity: f.ethnicity,
    partyAdmissionDate: f.partyAdmissionDate ? readDate(f.partyAdmissionDate) : null,
    educationLevel: f.educationLevel ?? null,
    theoryLevel: f.theoryLevel ?? null,
    position: f.position ?? null,
    homeUnitId: f.homeUnitId ?? null,
    category: f.category,
    alternate: f.alternate,
    group: f.group ?? null,
    seat: f.seat ?? null,
    note: f.note ?? null,
  };
}

export const createDelegateAction = defineAction({
  name: "delegate.create",
  input: createDelegateSchema,
  access: { right: "delegate.manage", resource: (i) => ({ kind: "congress", id: i.congressId }) },
  errors: ["QUOTA_EXCEEDED"],
  async run(ctx, { delegate: f }, congress) {
    const created = await createDelegate(ctx, congress, draftOf(f), f.overQuotaReason);
    return { id: created.id, organisationId: congress.organisationId, congressId: congress.id };
  },
  revalidate: (_input, r) => rosterPaths({ id: r.congressId, organisationId: r.organisationId }),
});

export const reviewCredentialAction = defineAction({
  name: "delegate.review-credential",
  input: reviewCredentialSchema,
  access: { right: "delegate.manage", resource: (i) => ({ kind: "delegate", id: i.id }) },
  errors: ["VERSION_CONFLICT"],
  async run(ctx, input, { congress }) {
    const result = await reviewCredential(ctx, congress, input);
    return { ...result, organisationId: congress.organisationId, congressId: congress.id };
  },
  revalidate: (_input, r) => rosterPaths({ id: r.congressId, organisationId: r.organisationId }),
});

export const updateDelegateAction = defineAction({
  name: "delegate.update",
  input: updateDelegateSchema,
  access: { right: "delegate.manage", resource: (i) => ({ kind: "delegate", id: i.id }) },
  errors: ["VERSION_CONFLICT", "QUOTA_EXCEEDED"],
  async run(ctx, { id, version, delegate: f }, { congress }) {
    const result = await updateDelegate(ctx, congress, { id, version }, draftOf(f), f.overQuotaReason);
    return { ...result, organisationId: congress.organisationId, congressId: congress.id };
  },
  revalidate: (_input, r) => [...rosterPaths({ id: r.congressId, organisationId: r.organisationId }), `/organisations/${r.organisationId}/congresses/${r.congressId}/delegates/${r.id}`],
});

export const checkInAction = defineAction({
  name: "delegate.check-in",
  input: checkInSchema,
  access: { right: "delegate.manage", resource: (i) => ({ kind: "delegate", id: i.id }) },
  errors: ["VERSION_CONFLICT", "NOT_ACCEPTED", "NOT_SEATED"],
  async run(ctx, input, { congress }) {
    return setCheckIn(ctx, congress, input, true);
  },
  // The door page keeps its own state; the roster reads the new time on its next load.
});

export const undoCheckInAction = defineAction({
  name: "delegate.undo-check-in",
  input: checkInSchema,
  access: { right: "delegate.manage", resource: (i) => ({ kind: "delegate", id: i.id }) },
  errors: ["VERSION_CONFLICT"],
  async run(ctx, input, { congress }) {
    return setCheckIn(ctx, congress, input, false);
  },
});

export const assignGroupsAction = defineAction({
  name: "delegate.assign-groups",
  input: assignGroupsSchema,
  access: { right: "delegate.manage", resource: (i) => ({ kind: "congress", id: i.congressId }) },
  errors: ["VERSION_CONFLICT"],
  async run(ctx, input, congress) {
    const result = await assignGroups(ctx, congress, input);
    return { ...result, organisationId: congress.organisationId, congressId: congress.id };
  },
  revalidate: (_input, r) => rosterPaths({ id: r.congressId, organisationId: r.organisationId }),
});

export const deleteDelegateAction = defineAction({
  name: "delegate.delete",
  input: deleteDelegateSchema,
  access: { right: "delegate.manage", resource: (i) => ({ kind: "delegate", id: i.id }) },
  errors: ["VERSION_CONFLICT"],
  async run(ctx, input, { congress }) {
    await deleteDelegate(ctx, congress, input);
    return { organisationId: congress.organisationId, congressId: congress.id };
  },
  revalidate: (_input, r) => rosterPaths({ id: r.congressId, organisationId: r.organisationId }),
});

export const saveQuotasAction = defineAction({
  name: "delegate.save-quotas",
  input: saveQuotasSchema,
  access: { right: "delegate.manage", resource: (i) => ({ kind: "congress", id: i.congressId }) },
  errors: ["VERSION_CONFLICT"],
  async run(ctx, input, congress) {
    await saveQuotas(ctx, congress, input.quotas);
    return { organisationId: congress.organisationId, congressId: congress.id };
  },
  revalidate: (_input, r) => rosterPaths({ id: r.congressId, organisationId: r.organisationId }),
});

export const saveTargetsAction = defineAction({
  name: "delegate.save-targets",
  input: saveTargetsSchema,
  access: { right: "delegate.manage", resource: (i) => ({ kind: "congress", id: i.congressId }) },
  async run(ctx, input, congress) {
    await saveTargets(ctx, congress, input.targets);
    return { organisationId: congress.organisationId, congressId: congress.id };
  },
  revalidate: (_input, r) => rosterPaths({ id: r.congressId, organisationId: r.organisationId }),
});

export const replaceDelegateAction = defineAction({
  name: "delegate.replace",
  input: replaceDelegateSchema,
  access: { right: "delegate.manage", resource: (i) => ({ kind: "delegate", id: i.id }) },
  errors: ["VERSION_CONFLICT", "NOT_ACCEPTED"],
  async run(ctx, input, { congress }) {
    const result = await recordReplacement(ctx, congress, { ...input, dateIso: readDate(input.date)! });
    return { ...result, organisationId: congress.organisationId, congressId: congress.id };
  },
  revalidate: (_input, r) => [...rosterPaths({ id: r.congressId, organisationId: r.organisationId }), `/organisations/${r.organisationId}/congresses/${r.congressId}/delegates/${r.id}`],
});

export const endReplacementAction = defineAction({
  name: "delegate.end-replacement",
  input: endReplacementSchema,
  access: { right: "delegate.manage", resource: (i) => ({ kind: "delegate", id: i.id }) },
  errors: ["VERSION_CONFLICT"],
  async run(ctx, input, { congress }) {
    const result = await endReplacement(ctx, congress, input);
    return { ...result, organisationId: congress.organisationId, congressId: congress.id };
  },
  revalidate: (_input, r) => [...rosterPaths({ id: r.congressId, organisationId: r.organisationId }), `/organisations/${r.organisationId}/congresses/${r.congressId}/delegates/${r.id}`],
});
