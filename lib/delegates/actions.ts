"use server";
import { defineAction } from "../server/action";
import { getRosterCongress } from "./data";
import { assignGroups, createDelegate, deleteDelegate, reviewCredential, saveQuotas, saveTargets, setCheckIn, updateDelegate } from "./mutations";
import { type DelegateDraft, readBirth, readDate } from "./rows";
import {
  assignGroupsSchema,
  checkInSchema,
  createDelegateSchema,
  type delegateFieldsSchema,
  deleteDelegateSchema,
  reviewCredentialSchema,
  saveQuotasSchema,
  saveTargetsSchema,
  updateDelegateSchema,
} from "./schema";
import { db } from "../db/client";
import { NotFoundError } from "../errors";
import { scopeWhere } from "../auth/access";
import type { Actor } from "../auth/access";
import type { z } from "../validation";

const rosterPaths = (c: { id: string; districtId: string | null }) => {
  const base = `/districts/${c.districtId}/congresses/${c.id}`;
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
    group: f.group ?? null,
    seat: f.seat ?? null,
    note: f.note ?? null,
  };
}

/** The congress of a delegate the caller may see, with `action` checked on its place. */
async function congressOfDelegate(actor: Actor, delegateId: string) {
  const d = await db.delegate.findFirst({ where: { id: delegateId, ...scopeWhere(actor) }, select: { congressId: true } });
  if (!d) throw new NotFoundError("delegate");
  return getRosterCongress(actor, d.congressId, "delegate.manage");
}

export const createDelegateAction = defineAction({
  name: "delegates.create",
  input: createDelegateSchema,
  async run({ actor, ip }, { congressId, delegate: f }) {
    const congress = await getRosterCongress(actor, congressId, "delegate.manage");
    const created = await createDelegate({ actor, ip }, congress, draftOf(f), f.overQuotaReason);
    return { id: created.id, districtId: congress.districtId, congressId: congress.id };
  },
  revalidate: (_input, r) => rosterPaths({ id: r.congressId, districtId: r.districtId }),
});

export const reviewCredentialAction = defineAction({
  name: "delegates.review-credential",
  input: reviewCredentialSchema,
  async run({ actor, ip }, input) {
    const congress = await congressOfDelegate(actor, input.id);
    const result = await reviewCredential({ actor, ip }, congress, input);
    return { ...result, districtId: congress.districtId, congressId: congress.id };
  },
  revalidate: (_input, r) => rosterPaths({ id: r.congressId, districtId: r.districtId }),
});

export const updateDelegateAction = defineAction({
  name: "delegates.update",
  input: updateDelegateSchema,
  async run({ actor, ip }, { id, version, delegate: f }) {
    const congress = await congressOfDelegate(actor, id);
    const result = await updateDelegate({ actor, ip }, congress, { id, version }, draftOf(f), f.overQuotaReason);
    return { ...result, districtId: congress.districtId, congressId: congress.id };
  },
  revalidate: (_input, r) => [...rosterPaths({ id: r.congressId, districtId: r.districtId }), `/districts/${r.districtId}/congresses/${r.congressId}/delegates/${r.id}`],
});

export const checkInAction = defineAction({
  name: "delegates.check-in",
  input: checkInSchema,
  async run({ actor, ip }, input) {
    const congress = await congressOfDelegate(actor, input.id);
    return setCheckIn({ actor, ip }, congress, input, true);
  },
  // The door page keeps its own state; the roster reads the new time on its next load.
});

export const undoCheckInAction = defineAction({
  name: "delegates.undo-check-in",
  input: checkInSchema,
  async run({ actor, ip }, input) {
    const congress = await congressOfDelegate(actor, input.id);
    return setCheckIn({ actor, ip }, congress, input, false);
  },
});

export const assignGroupsAction = defineAction({
  name: "delegates.assign-groups",
  input: assignGroupsSchema,
  async run({ actor, ip }, input) {
    const congress = await getRosterCongress(actor, input.congressId, "delegate.manage");
    const result = await assignGroups({ actor, ip }, congress, input);
    return { ...result, districtId: congress.districtId, congressId: congress.id };
  },
  revalidate: (_input, r) => rosterPaths({ id: r.congressId, districtId: r.districtId }),
});

export const deleteDelegateAction = defineAction({
  name: "delegates.delete",
  input: deleteDelegateSchema,
  async run({ actor, ip }, input) {
    const congress = await congressOfDelegate(actor, input.id);
    await deleteDelegate({ actor, ip }, congress, input);
    return { districtId: congress.districtId, congressId: congress.id };
  },
  revalidate: (_input, r) => rosterPaths({ id: r.congressId, districtId: r.districtId }),
});

export const saveQuotasAction = defineAction({
  name: "delegates.save-quotas",
  input: saveQuotasSchema,
  async run({ actor, ip }, input) {
    const congress = await getRosterCongress(actor, input.congressId, "delegate.manage");
    await saveQuotas({ actor, ip }, congress, input.quotas);
    return { districtId: congress.districtId, congressId: congress.id };
  },
  revalidate: (_input, r) => rosterPaths({ id: r.congressId, districtId: r.districtId }),
});

export const saveTargetsAction = defineAction({
  name: "delegates.save-targets",
  input: saveTargetsSchema,
  async run({ actor, ip }, input) {
    const congress = await getRosterCongress(actor, input.congressId, "delegate.manage");
    await saveTargets({ actor, ip }, congress, input.targets);
    return { districtId: congress.districtId, congressId: congress.id };
  },
  revalidate: (_input, r) => rosterPaths({ id: r.congressId, districtId: r.districtId }),
});
