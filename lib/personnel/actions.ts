"use server";
import { defineAction } from "../server/action";
import { addCandidate, approveScheme, lockScheme, removeCandidate, saveScheme, updateCandidate } from "./mutations";
import { addCandidateSchema, removeCandidateSchema, saveSchemeSchema, schemeStepSchema, updateCandidateSchema } from "./schema";

const paths = (c: { congressId: string; organisationId: string | null }) => {
  const base = `/organisations/${c.organisationId}/congresses/${c.congressId}`;
  return [`${base}/personnel`, `${base}/elections`];
};

export const saveSchemeAction = defineAction({
  name: "personnel.save-scheme",
  input: saveSchemeSchema,
  access: { right: "personnel.manage", resource: (i) => ({ kind: "personnel", id: i.congressId }) },
  errors: ["VERSION_CONFLICT", "SCHEME_LOCKED"],
  run: async (ctx, input, congress) => ({ ...(await saveScheme(ctx, congress, input)), congressId: congress.id, organisationId: congress.organisationId }),
  revalidate: (_i, r) => paths(r),
});

export const addCandidateAction = defineAction({
  name: "personnel.add-candidate",
  input: addCandidateSchema,
  access: { right: "personnel.manage", resource: (i) => ({ kind: "personnel", id: i.congressId }) },
  errors: ["NO_SCHEME", "SCHEME_LOCKED", "DELEGATE_NOT_FOUND"],
  run: async (ctx, input, congress) => ({ ...(await addCandidate(ctx, congress, input.candidate)), congressId: congress.id, organisationId: congress.organisationId }),
  revalidate: (_i, r) => paths(r),
});

export const updateCandidateAction = defineAction({
  name: "personnel.update-candidate",
  input: updateCandidateSchema,
  access: { right: "personnel.manage", resource: (i) => ({ kind: "personnelCandidate", id: i.id }) },
  errors: ["VERSION_CONFLICT", "NO_SCHEME", "SCHEME_LOCKED", "DELEGATE_NOT_FOUND"],
  run: async (ctx, input, candidate) => ({ ...(await updateCandidate(ctx, candidate, { id: input.id, version: input.version }, input.candidate)), congressId: candidate.congressId, organisationId: candidate.organisationId }),
  revalidate: (_i, r) => paths(r),
});

export const removeCandidateAction = defineAction({
  name: "personnel.remove-candidate",
  input: removeCandidateSchema,
  access: { right: "personnel.manage", resource: (i) => ({ kind: "personnelCandidate", id: i.id }) },
  errors: ["VERSION_CONFLICT", "NO_SCHEME", "SCHEME_LOCKED"],
  run: async (ctx, input, candidate) => ({ ...(await removeCandidate(ctx, candidate, input.version)), congressId: candidate.congressId, organisationId: candidate.organisationId }),
  revalidate: (_i, r) => paths(r),
});

export const lockSchemeAction = defineAction({
  name: "personnel.lock",
  input: schemeStepSchema,
  access: { right: "personnel.manage", resource: (i) => ({ kind: "personnel", id: i.congressId }) },
  errors: ["VERSION_CONFLICT", "NO_SCHEME", "SCHEME_LOCKED", "TOO_FEW_CANDIDATES"],
  run: async (ctx, input, congress) => ({ ...(await lockScheme(ctx, congress, input.version)), congressId: congress.id, organisationId: congress.organisationId }),
  revalidate: (_i, r) => paths(r),
});

export const approveSchemeAction = defineAction({
  name: "personnel.approve",
  input: schemeStepSchema,
  access: { right: "personnel.approve", resource: (i) => ({ kind: "personnel", id: i.congressId }) },
  errors: ["VERSION_CONFLICT", "NO_SCHEME", "SCHEME_NOT_LOCKED"],
  run: async (ctx, input, congress) => ({ ...(await approveScheme(ctx, congress, input.version, ctx.actor.name)), congressId: congress.id, organisationId: congress.organisationId }),
  revalidate: (_i, r) => paths(r),
});
