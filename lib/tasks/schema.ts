import { optionalText, requiredText, z } from "../validation";
import { optionalId, optionalVnDate, uuid, version } from "../planning/fields";

import { TASK_PRIORITIES, TASK_STATUSES } from "./choices";

export { TASK_PRIORITIES, TASK_STATUSES, type TaskPriority, type TaskStatus } from "./choices";

const taskFields = {
  title: requiredText(300),
  description: optionalText(5000),
  subCommitteeId: optionalId(),
  milestoneId: optionalId(),
  assigneeIds: z.array(z.uuid("errors.invalid")).max(30, "errors.tooBig"),
  dueOn: optionalVnDate(),
  priority: z.enum(TASK_PRIORITIES),
  status: z.enum(TASK_STATUSES),
};

export const createTaskSchema = z.object({ congressId: uuid(), ...taskFields });
export const updateTaskSchema = z.object({ id: uuid(), version: version(), ...taskFields });
export type TaskFormInput = z.input<typeof updateTaskSchema>;

export const setTaskStatusSchema = z.object({ id: uuid(), version: version(), status: z.enum(TASK_STATUSES) });
export const deleteTaskSchema = z.object({ id: uuid(), version: version() });
export const commentSchema = z.object({ taskId: uuid(), body: requiredText(4000) });
export type CommentInput = z.input<typeof commentSchema>;

/** The list filters, read leniently from the URL: anything malformed is ignored. */
export const taskFilterSchema = z.object({
  sub: z.uuid().optional().catch(undefined),
  assignee: z.uuid().optional().catch(undefined),
  status: z.enum(TASK_STATUSES).optional().catch(undefined),
  milestone: z.uuid().optional().catch(undefined),
  overdue: z.literal("1").optional().catch(undefined),
});
export type TaskFilters = z.output<typeof taskFilterSchema>;
