"use server";
import { congressPaths } from "../planning/place";
import { defineAction } from "../server/action";
import { applyStandardCalendar, createMilestone, deleteMilestone, updateMilestone } from "./mutations";
import { applyCalendarSchema, createMilestoneSchema, deleteMilestoneSchema, updateMilestoneSchema } from "./schema";

export const applyCalendarAction = defineAction({
  name: "milestone.apply-standard",
  input: applyCalendarSchema,
  access: { right: "congress.manage", resource: (i) => ({ kind: "congress", id: i.congressId }) },
  errors: ["NO_OPENING_DATE"],
  run: (ctx, _input, congress) => applyStandardCalendar(ctx, congress),
  revalidate: (_input, result) => congressPaths(result),
});

export const createMilestoneAction = defineAction({
  name: "milestone.create",
  input: createMilestoneSchema,
  access: { right: "congress.manage", resource: (i) => ({ kind: "congress", id: i.congressId }) },
  run: (ctx, input, congress) => createMilestone(ctx, congress, input),
  revalidate: (_input, result) => congressPaths(result),
});

export const updateMilestoneAction = defineAction({
  name: "milestone.update",
  input: updateMilestoneSchema,
  access: { right: "congress.manage", resource: (i) => ({ kind: "milestone", id: i.id }) },
  errors: ["VERSION_CONFLICT"],
  run: (ctx, input, milestone) => updateMilestone(ctx, milestone, input),
  revalidate: (_input, result) => congressPaths(result),
});

export const deleteMilestoneAction = defineAction({
  name: "milestone.delete",
  input: deleteMilestoneSchema,
  access: { right: "congress.manage", resource: (i) => ({ kind: "milestone", id: i.id }) },
  errors: ["VERSION_CONFLICT"],
  run: (ctx, input, milestone) => deleteMilestone(ctx, milestone, input.version),
  revalidate: (_input, result) => congressPaths(result),
});
