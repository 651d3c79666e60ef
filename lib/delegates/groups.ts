// Discussion groups (tổ thảo luận): the accepted delegates shared across N groups of even size
// (they differ by one at most), each home unit kept in one group where the sizes allow, and the
// delegates without a home unit (ex officio, appointed) spread evenly, so every group has members
// of the outgoing committee. Pure and deterministic: the page's preview and the server action
// give the same answer for the same roster.

export type GroupMember = { id: string; unitId: string | null };

export class GroupCountError extends Error {}

/** Target size of each group: n shared as evenly as possible, the larger groups first. */
export function groupSizes(n: number, groupCount: number): number[] {
  return Array.from({ length: groupCount }, (_, i) => Math.floor(n / groupCount) + (i < n % groupCount ? 1 : 0));
}

/**
 * The group (0-based) of every member, by id. `members` come in roster order; a unit that has to
 * be split keeps that order across its groups.
 */
export function distributeGroups(members: readonly GroupMember[], groupCount: number): Map<string, number> {
  if (!Number.isInteger(groupCount) || groupCount < 1) throw new GroupCountError("at least one group");
  if (groupCount > Math.max(1, members.length)) throw new GroupCountError("more groups than delegates");
  const room = groupSizes(members.length, groupCount);
  const result = new Map<string, number>();
  const place = (items: readonly GroupMember[], group: number) => {
    for (const m of items) result.set(m.id, group);
    room[group]! -= items.length;
  };
  // The group with the most room left; the first such group on a tie.
  const widest = () => room.reduce((best, r, g) => (r > room[best]! ? g : best), 0);

  const units = new Map<string, GroupMember[]>();
  const loose: GroupMember[] = [];
  for (const m of members) {
    if (m.unitId === null) loose.push(m);
    else units.set(m.unitId, [...(units.get(m.unitId) ?? []), m]);
  }
  // Delegates without a unit first, one per group in turn.
  for (const m of loose) place([m], widest());

  // Then units, largest first (best-fit decreasing): each goes to the fullest group that still
  // takes it whole. A unit no group can take fills the emptiest group and the rest goes on; every
  // such split closes a group, so at most groupCount - 1 units are split.
  const ordered = [...units.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [, unit] of ordered) {
    let rest: readonly GroupMember[] = unit;
    while (rest.length > 0) {
      let best = -1;
      for (let g = 0; g < groupCount; g++) if (room[g]! >= rest.length && (best < 0 || room[g]! < room[best]!)) best = g;
      if (best >= 0) {
        place(rest, best);
        break;
      }
      const g = widest();
      const take = room[g]!;
      place(rest.slice(0, take), g);
      rest = rest.slice(take);
    }
  }
  return result;
}

/**
 * Seat numbers 1…n through the groups in order (group 1's delegates first), each group's
 * delegates in roster order: a group sits together in the hall.
 */
export function seatNumbers(members: readonly GroupMember[], groups: ReadonlyMap<string, number>, groupCount: number): Map<string, string> {
  const seats = new Map<string, string>();
  let next = 1;
  for (let g = 0; g < groupCount; g++) for (const m of members) if (groups.get(m.id) === g) seats.set(m.id, String(next++));
  return seats;
}

export const groupName = (prefix: string, index: number) => `${prefix} ${index + 1}`;

// "Tổ 2" before "Tổ 10"; Vietnamese letters in their order.
const groupCollator = new Intl.Collator("vi", { numeric: true, sensitivity: "base" });
export const compareGroups = (a: string, b: string) => groupCollator.compare(a, b);
