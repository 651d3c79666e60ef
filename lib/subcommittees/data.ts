import "server-only";
import { type IdPage, idPageArgs } from "../db/keyset";
import { type Actor, scopeWhere } from "../auth/access";
import { db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { isoOrNull } from "../planning/place";
import type { Position, SubCommitteeKind } from "./schema";

export type MemberDto = {
  id: string;
  subCommitteeId: string;
  congressId: string;
  organisationId: string | null;
  userId: string | null;
  userName: string | null;
  fullName: string;
  jobTitle: string | null;
  position: Position;
  version: number;
};

export type SubCommitteeDto = {
  id: string;
  congressId: string;
  organisationId: string | null;
  kind: SubCommitteeKind | null;
  name: string;
  decisionNumber: string | null;
  decisionDate: string | null;
  version: number;
  members: MemberDto[];
};

export const memberSelect = {
  id: true,
  subCommitteeId: true,
  organisationId: true,
  userId: true,
  fullName: true,
  jobTitle: true,
  position: true,
  version: true,
  user: { select: { name: true } },
  subCommittee: { select: { congressId: true } },
} satisfies Prisma.SubCommitteeMemberSelect;

type MemberRow = { id: string; subCommitteeId: string; organisationId: string | null; subCommittee: { congressId: string }; userId: string | null; fullName: string; jobTitle: string | null; position: Position; version: number; user: { name: string } | null };

export function toMemberDto({ user, subCommittee, ...m }: MemberRow): MemberDto {
  return { ...m, congressId: subCommittee.congressId, userName: user?.name ?? null };
}

export const subCommitteeSelect = {
  id: true,
  congressId: true,
  organisationId: true,
  kind: true,
  name: true,
  decisionNumber: true,
  decisionDate: true,
  version: true,
  members: { select: memberSelect, orderBy: [{ position: "asc" }, { fullName: "asc" }] },
} satisfies Prisma.SubCommitteeSelect;

type SubCommitteeRow = Omit<SubCommitteeDto, "decisionDate" | "members"> & { decisionDate: Date | null; members: MemberRow[] };

export function toSubCommitteeDto(row: SubCommitteeRow): SubCommitteeDto {
  return { ...row, decisionDate: isoOrNull(row.decisionDate), members: row.members.map(toMemberDto) };
}

/** The sub-committees of a congress with their members, standard kinds first. */
export async function listSubCommittees(actor: Actor, congressId: string, page?: IdPage): Promise<SubCommitteeDto[]> {
  const paged = page ? idPageArgs(page) : null;
  const rows = await db.subCommittee.findMany({
    where: { congressId, ...scopeWhere(actor), ...paged?.where },
    select: subCommitteeSelect,
    orderBy: paged?.orderBy ?? [{ kind: { sort: "asc", nulls: "last" } }, { name: "asc" }],
    take: paged?.take,
  });
  return rows.map(toSubCommitteeDto);
}

/** Id and name only, for the selects of other forms. */
export async function subCommitteeOptions(actor: Actor, congressId: string): Promise<{ id: string; name: string }[]> {
  return db.subCommittee.findMany({
    where: { congressId, ...scopeWhere(actor) },
    select: { id: true, name: true },
    orderBy: [{ kind: { sort: "asc", nulls: "last" } }, { name: "asc" }],
  });
}
