"use server";
import { defineAction } from "../server/action";
import { getRosterCongress } from "./data";
import { createDelegate, deleteDelegate, reviewCredential, saveQuotas, saveTargets } from "./mutations";
import { readBirth, readDate } from "./rows";
import { createDelegateSchema, deleteDelegateSchema, reviewCredentialSchema, saveQuotasSchema, saveTargetsSchema } from "./schema";
import { db } from "../db/client";
import { NotFoundError } from "../errors";
import { scopeWhere } from "../auth/access";
import type { Actor } from "../auth/access";

const rosterPaths = (c: { id: string; districtId: string | null }) => {
  const base = `/districts/${c.districtId}/congresses/${c.id}`;
  return [`${base}/delegates`, `${base}/quotas`, `${base}/composition`];
};

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
    const birth = readBirth(f.birth)!;
    const created = await createDelegate(
      { actor, ip },
      congress,
      {
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
      },
      f.overQuotaReason,
    );
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
