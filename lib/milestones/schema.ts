import { optionalText, requiredText, z } from "../validation";
import { optionalVnDate, uuid, version, vnDate } from "../planning/fields";

export const MILESTONE_STATUSES = ["PLANNED", "IN_PROGRESS", "DONE"] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

const fields = {
  name: requiredText(300),
  plannedOn: vnDate(),
  /** Empty on a DONE milestone means today. */
  doneOn: optionalVnDate(),
  status: z.enum(MILESTONE_STATUSES),
  reference: optionalText(300),
};

export const createMilestoneSchema = z.object({ congressId: uuid(), ...fields });
export const updateMilestoneSchema = z.object({ id: uuid(), version: version(), ...fields });
export type MilestoneFormInput = z.input<typeof updateMilestoneSchema>;
export const deleteMilestoneSchema = z.object({ id: uuid(), version: version() });
export const applyCalendarSchema = z.object({ congressId: uuid() });
