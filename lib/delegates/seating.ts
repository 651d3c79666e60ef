// Who sits in the congress. An official delegate sits unless an alternate (đại biểu dự khuyết)
// replaces them; an alternate sits only while replacing one. Roster counts, composition, check-in
// and discussion groups count the seated; the quota counts official delegates.
import type { Prisma } from "../generated/prisma/client";

export const seatedWhere = {
  OR: [
    { alternate: false, replacedBy: { is: null } },
    { alternate: true, replacesId: { not: null } },
  ],
} satisfies Prisma.DelegateWhereInput;

export const SEATINGS = ["SEATED", "OFFICIAL", "ALTERNATE"] as const;
export type Seating = (typeof SEATINGS)[number];

/** The roster filter for one of SEATINGS. */
export function seatingWhere(seating: Seating): Prisma.DelegateWhereInput {
  if (seating === "SEATED") return seatedWhere;
  return { alternate: seating === "ALTERNATE" };
}

/** Whether one delegate sits, from its own row and whether someone replaces it. */
export function isSeated(d: { alternate: boolean; replacesId: string | null; replacedBy: unknown }): boolean {
  return d.alternate ? d.replacesId !== null : d.replacedBy === null || d.replacedBy === undefined;
}
