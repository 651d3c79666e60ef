import "server-only";
import type { RecordFacts } from "../auth/access";
import { db } from "../db/client";
import { LEAD_POSITIONS } from "../subcommittees/schema";

// Facts about the caller's relation to a task, read from the database, never from the client.

/** Sub-committees the user leads (trưởng or phó tiểu ban through their linked member record). */
export async function ledSubCommitteeIds(userId: string, congressId?: string): Promise<Set<string>> {
  const seats = await db.subCommitteeMember.findMany({
    where: { userId, position: { in: [...LEAD_POSITIONS] }, ...(congressId ? { subCommittee: { congressId } } : {}) },
    select: { subCommitteeId: true },
  });
  return new Set(seats.map((s) => s.subCommitteeId));
}

export async function leadsSubCommittee(userId: string, subCommitteeId: string | null): Promise<boolean> {
  if (!subCommitteeId) return false;
  const seat = await db.subCommitteeMember.findFirst({
    where: { userId, subCommitteeId, position: { in: [...LEAD_POSITIONS] } },
    select: { id: true },
  });
  return seat !== null;
}

export async function taskFacts(userId: string, task: { id: string; subCommitteeId: string | null }): Promise<RecordFacts> {
  const [leads, assigned] = await Promise.all([
    leadsSubCommittee(userId, task.subCommitteeId),
    db.taskAssignee.findUnique({ where: { taskId_userId: { taskId: task.id, userId } }, select: { taskId: true } }),
  ]);
  return { leadsSubCommittee: leads, assignedToCaller: assigned !== null };
}

/** The same facts for many tasks at once, from what a list query already loaded. */
export function factsFromLoaded(userId: string, led: Set<string>, task: { subCommitteeId: string | null; assigneeIds: string[] }): RecordFacts {
  return { leadsSubCommittee: task.subCommitteeId !== null && led.has(task.subCommitteeId), assignedToCaller: task.assigneeIds.includes(userId) };
}
