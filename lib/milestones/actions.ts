"use server";
import { authorize } from "../auth/access";
import { db } from "../db/client";
import { NotFoundError } from "../errors";
import { congressPaths, loadCongressRef, placeOf } from "../planning/place";
import { defineAction } from "../server/action";
import { applyStandardCalendar, createMilestone, deleteMilestone, updateMilestone } from "./mutations";
import { applyCalendarSchema, createMilestoneSchema, deleteMilestoneSchema, updateMilestoneSchema } from "./schema";

async function loadMilestone(id: string) {
  const row = await db.milestone.findUnique({ where: { id }, select: { id: true, congressId: true, provinceId: true, districtId: true } });
  if (!row) throw new NotFoundError("milestone");
  return row;
}

export const applyCalendarAction = defineAction({
  name: "milestone.apply-standard",
  input: applyCalendarSchema,
  async run(ctx, input) {
    const congress = await loadCongressRef(input.congressId);
    authorize(ctx.actor, "congress.manage", congress);
    return applyStandardCalendar(ctx, congress);
  },
  revalidate: (_input, result) => congressPaths(result),
});

export const createMilestoneAction = defineAction({
  name: "milestone.create",
  input: createMilestoneSchema,
  async run(ctx, input) {
    const congress = await loadCongressRef(input.congressId);
    authorize(ctx.actor, "congress.manage", congress);
    return createMilestone(ctx, congress, input);
  },
  revalidate: (_input, result) => congressPaths(result),
});

export const updateMilestoneAction = defineAction({
  name: "milestone.update",
  input: updateMilestoneSchema,
  async run(ctx, input) {
    const milestone = await loadMilestone(input.id);
    authorize(ctx.actor, "congress.manage", placeOf(milestone));
    return updateMilestone(ctx, milestone, input);
  },
  revalidate: (_input, result) => congressPaths(result),
});

export const deleteMilestoneAction = defineAction({
  name: "milestone.delete",
  input: deleteMilestoneSchema,
  async run(ctx, input) {
    const milestone = await loadMilestone(input.id);
    authorize(ctx.actor, "congress.manage", placeOf(milestone));
    return deleteMilestone(ctx, milestone, input.version);
  },
  revalidate: (_input, result) => congressPaths(result),
});
