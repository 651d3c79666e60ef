"use server";
import { defineAction } from "../server/action";
import { addCounter, approveResults, closeRound, correctBase, correctCount, createElection, enterCount, nominate, openRound, removeCounter } from "./mutations";
import { addCounterSchema, approveSchema, closeRoundSchema, correctBaseSchema, correctCountSchema, createElectionSchema, enterCountSchema, nominateSchema, openRoundSchema, removeCounterSchema } from "./schema";

const paths = (c: { congressId: string; organisationId: string | null }) => {
  const base = `/organisations/${c.organisationId}/congresses/${c.congressId}`;
  return [`${base}/elections`, `${base}/personnel`];
};

export const createElectionAction = defineAction({
  name: "election.create",
  input: createElectionSchema,
  access: { right: "election.manage", resource: (i) => ({ kind: "congress", id: i.congressId }) },
  errors: ["NO_SCHEME", "SCHEME_NOT_LOCKED"],
  run: (ctx, input, congress) => createElection(ctx, congress, input),
  revalidate: (_i, r) => paths(r),
});

export const nominateAction = defineAction({
  name: "election.nominate",
  input: nominateSchema,
  access: { right: "election.manage", resource: (i) => ({ kind: "election", id: i.electionId }) },
  errors: ["VOTING_STARTED", "DELEGATE_NOT_FOUND", "LIST_OVER_30_PERCENT"],
  run: (ctx, input, election) => nominate(ctx, election, input),
  revalidate: (_i, r) => paths(r),
});

export const addCounterAction = defineAction({
  name: "election.add-counter",
  input: addCounterSchema,
  access: { right: "election.manage", resource: (i) => ({ kind: "congress", id: i.congressId }) },
  errors: ["MEMBER_TAKEN", "NOT_IN_ORGANISATION"],
  run: (ctx, input, congress) => addCounter(ctx, congress, input),
  revalidate: (_i, r) => paths(r),
});

export const removeCounterAction = defineAction({
  name: "election.remove-counter",
  input: removeCounterSchema,
  access: { right: "election.manage", resource: (i) => ({ kind: "countingMember", id: i.id }) },
  run: (ctx, _input, member) => removeCounter(ctx, member),
  revalidate: (_i, r) => paths(r),
});

export const openRoundAction = defineAction({
  name: "election.open-round",
  input: openRoundSchema,
  access: { right: "election.manage", resource: (i) => ({ kind: "election", id: i.electionId }) },
  errors: ["VERSION_CONFLICT", "NO_CANDIDATES", "ROUND_OPEN", "NO_FURTHER_ROUND", "LIST_OVER_30_PERCENT", "LIST_NOT_MORE_THAN_SEATS", "NO_NEW_COMMITTEE", "NO_MEMBER_COUNT", "EXCLUSIONS_OVER_CONVENED"],
  run: (ctx, input, election) => openRound(ctx, election, input),
  revalidate: (_i, r) => paths(r),
});

export const enterCountAction = defineAction({
  name: "ballot-count.enter",
  input: enterCountSchema,
  access: { right: "election.count", resource: (i) => ({ kind: "electionRound", id: i.roundId }) },
  errors: ["VERSION_CONFLICT", "ROUND_CLOSED", "COUNT_DOES_NOT_ADD_UP"],
  run: (ctx, input, round) => enterCount(ctx, round, input),
  revalidate: (_i, r) => paths(r),
});

export const closeRoundAction = defineAction({
  name: "ballot-count.close-round",
  input: closeRoundSchema,
  access: { right: "election.count", resource: (i) => ({ kind: "electionRound", id: i.roundId }) },
  errors: ["VERSION_CONFLICT", "ROUND_CLOSED", "NO_COUNTS", "COUNT_DOES_NOT_ADD_UP", "OVER_SEATS", "NO_NEW_COMMITTEE", "NO_MEMBER_COUNT", "EXCLUSIONS_OVER_CONVENED"],
  run: (ctx, input, round) => closeRound(ctx, round, input.version),
  revalidate: (_i, r) => paths(r),
});

export const correctCountAction = defineAction({
  name: "ballot-count.correct",
  input: correctCountSchema,
  access: { right: "election.count", resource: (i) => ({ kind: "electionRound", id: i.roundId }) },
  errors: ["VERSION_CONFLICT", "ROUND_OPEN", "NO_COUNTS", "COUNT_DOES_NOT_ADD_UP", "LATER_ROUND_COUNTED", "OVER_SEATS"],
  run: (ctx, input, round) => correctCount(ctx, round, input),
  revalidate: (_i, r) => paths(r),
});

export const correctBaseAction = defineAction({
  name: "ballot-count.correct-base",
  input: correctBaseSchema,
  access: { right: "election.count", resource: (i) => ({ kind: "electionRound", id: i.roundId }) },
  errors: ["VERSION_CONFLICT", "ROUND_OPEN", "LATER_ROUND_COUNTED", "OVER_SEATS", "NO_NEW_COMMITTEE", "NO_MEMBER_COUNT", "EXCLUSIONS_OVER_CONVENED"],
  run: (ctx, input, round) => correctBase(ctx, round, input),
  revalidate: (_i, r) => paths(r),
});

export const approveAction = defineAction({
  name: "election.approve",
  input: approveSchema,
  access: { right: "election.manage", resource: (i) => ({ kind: "election", id: i.electionId }) },
  errors: ["VERSION_CONFLICT", "ALREADY_APPROVED", "NOT_COUNTED"],
  run: (ctx, input, election) => approveResults(ctx, election, input),
  revalidate: (_i, r) => paths(r),
});
