// Overdue and late are computed against today's calendar date in Vietnam, never stored: a task
// due 30/06 becomes overdue at 01/07 00:00 Asia/Ho_Chi_Minh.

/** A task is overdue when its due date is before today and it is not done. */
export function isTaskOverdue(task: { dueOn: string | null; status: string }, today: string): boolean {
  return task.dueOn !== null && task.status !== "DONE" && task.dueOn < today;
}

/** A milestone is late when its planned date is before today and it is not done. */
export function isMilestoneLate(milestone: { plannedOn: string; status: string }, today: string): boolean {
  return milestone.status !== "DONE" && milestone.plannedOn < today;
}
