import { describe, expect, it } from "vitest";
import { GroupCountError, compareGroups, distributeGroups, groupSizes, seatNumbers, type GroupMember } from "@/lib/delegates/groups";
import { createRandom } from "@/prisma/seed/random";

/** `sizes[i]` delegates of unit "u{i}", then `loose` without a unit. */
function roster(sizes: number[], loose = 0): GroupMember[] {
  return [
    ...sizes.flatMap((n, u) => Array.from({ length: n }, (_, i) => ({ id: `u${u}-${i}`, unitId: `u${u}` }))),
    ...Array.from({ length: loose }, (_, i) => ({ id: `x${i}`, unitId: null })),
  ];
}

const sizesOf = (groups: Map<string, number>, count: number) => Array.from({ length: count }, (_, g) => [...groups.values()].filter((v) => v === g).length);
/** The units whose delegates ended up in more than one group. */
const splitUnits = (members: GroupMember[], groups: Map<string, number>) =>
  [...new Set(members.filter((m) => m.unitId).map((m) => m.unitId!))].filter((u) => new Set(members.filter((m) => m.unitId === u).map((m) => groups.get(m.id))).size > 1);

describe("discussion groups", () => {
  it("keeps every unit whole when the sizes allow", () => {
    const members = roster([5, 4, 3, 3, 2, 2, 1]);
    const groups = distributeGroups(members, 4);
    expect(sizesOf(groups, 4)).toEqual([5, 5, 5, 5]);
    expect(splitUnits(members, groups)).toEqual([]);
  });

  it("spreads the delegates without a unit one per group in turn", () => {
    const members = roster([6, 6, 6], 6);
    const groups = distributeGroups(members, 3);
    const loosePerGroup = [0, 1, 2].map((g) => members.filter((m) => m.unitId === null && groups.get(m.id) === g).length);
    expect(loosePerGroup).toEqual([2, 2, 2]);
    expect(sizesOf(groups, 3)).toEqual([8, 8, 8]);
  });

  it("splits a unit bigger than a group, keeping roster order across its groups", () => {
    const members = roster([7, 2, 1]);
    const groups = distributeGroups(members, 2);
    expect(sizesOf(groups, 2)).toEqual([5, 5]);
    expect(splitUnits(members, groups)).toEqual(["u0"]);
    const big = members.filter((m) => m.unitId === "u0").map((m) => groups.get(m.id));
    // The first five go together, the other two follow in the second group.
    expect(new Set(big.slice(0, 5)).size).toBe(1);
    expect(new Set(big.slice(5)).size).toBe(1);
    expect(big[0]).not.toBe(big[6]);
  });

  it("on rosters like Tân Uyên's: every delegate once, sizes within one, few units split", () => {
    const random = createRandom(47);
    for (let run = 0; run < 50; run++) {
      const units = Array.from({ length: random.int(5, 50) }, () => random.int(1, 12));
      const members = roster(units, random.int(0, 40));
      const count = random.int(1, Math.min(15, members.length));
      const groups = distributeGroups(members, count);
      expect(groups.size).toBe(members.length);
      const sizes = sizesOf(groups, count);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      expect(sizes).toEqual(groupSizes(members.length, count));
      expect(splitUnits(members, groups).length).toBeLessThanOrEqual(count - 1);
    }
  });

  it("gives the same answer for the same roster", () => {
    const members = roster([9, 8, 3, 3, 2, 2, 1], 5);
    expect([...distributeGroups(members, 3)]).toEqual([...distributeGroups(members, 3)]);
  });

  it("refuses no groups or more groups than delegates", () => {
    expect(() => distributeGroups(roster([2]), 0)).toThrow(GroupCountError);
    expect(() => distributeGroups(roster([2]), 3)).toThrow(GroupCountError);
    expect(distributeGroups([], 1).size).toBe(0);
  });

  it("numbers the seats group after group, in roster order within each", () => {
    const members = roster([2, 2]);
    const groups = new Map([["u0-0", 1], ["u0-1", 1], ["u1-0", 0], ["u1-1", 0]]);
    expect(Object.fromEntries(seatNumbers(members, groups, 2))).toEqual({ "u1-0": "1", "u1-1": "2", "u0-0": "3", "u0-1": "4" });
  });

  it("orders group names by their number", () => {
    expect(["Tổ 10", "Tổ 2", "Tổ 1", "Đoàn 1"].sort(compareGroups)).toEqual(["Đoàn 1", "Tổ 1", "Tổ 2", "Tổ 10"]);
  });
});
