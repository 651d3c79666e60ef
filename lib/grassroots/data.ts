import "server-only";
import { congressHoldersBelowWhere } from "../units/below";
import type { Actor } from "../auth/access";
import { db } from "../db/client";
import { isoOrNull } from "../planning/place";
import { type GrassrootsRatio, activeOn, grassrootsRatio } from "./ratio";
import type { CongressStatus } from "./schema";

export const GRASSROOTS_KINDS = ["GRASSROOTS_COMMITTEE", "GRASSROOTS_CELL"] as const;

export type GrassrootsCongressDto = {
  id: string;
  ordinal: number;
  plannedOpening: string | null;
  heldOn: string | null;
  isPilot: boolean;
  kind: "DELEGATES" | "MEMBERS";
  status: CongressStatus;
  version: number;
};

export type GrassrootsRowDto = {
  unitId: string;
  unitName: string;
  unitKind: (typeof GRASSROOTS_KINDS)[number];
  block: string | null;
  unitStatus: "ACTIVE" | "DISSOLVED" | "MERGED" | "TRANSFERRED";
  statusChangedOn: string | null;
  /** Counted in the ratio: only active units are. */
  counted: boolean;
  congress: GrassrootsCongressDto | null;
};

export const grassrootsCongressSelect = { id: true, ordinal: true, plannedOpening: true, heldOn: true, isPilot: true, kind: true, status: true, version: true } as const;

export function toGrassrootsCongressDto(c: { id: string; ordinal: number; plannedOpening: Date | null; heldOn: Date | null; isPilot: boolean; kind: "DELEGATES" | "MEMBERS"; status: CongressStatus; version: number }): GrassrootsCongressDto {
  return { ...c, plannedOpening: isoOrNull(c.plannedOpening), heldOn: isoOrNull(c.heldOn) };
}

/**
 * Every grassroots unit of an organisation with its congress for the term, active units first; units
 * that ended before the congress (`asOf`, its opening) stay listed (with their history) but outside
 * the ratio; those that ended after it still count for it.
 */
export async function listGrassroots(actor: Actor, organisation: { id: string; kind: string }, termStart: number, asOf: string | null = null): Promise<{ rows: GrassrootsRowDto[]; ratio: GrassrootsRatio }> {
  const units = await db.unit.findMany({
    where: congressHoldersBelowWhere(actor, organisation),
    select: {
      id: true,
      name: true,
      kind: true,
      block: true,
      status: true,
      statusChangedOn: true,
      congresses: { where: { termStart }, select: grassrootsCongressSelect },
    },
    orderBy: { code: "asc" },
  });
  const rows: GrassrootsRowDto[] = units.map((u) => ({
    unitId: u.id,
    unitName: u.name,
    unitKind: u.kind as GrassrootsRowDto["unitKind"],
    block: u.block,
    unitStatus: u.status,
    statusChangedOn: isoOrNull(u.statusChangedOn),
    counted: activeOn(u.status, isoOrNull(u.statusChangedOn), asOf),
    congress: u.congresses[0] ? toGrassrootsCongressDto(u.congresses[0]) : null,
  }));
  rows.sort((a, b) => Number(b.counted) - Number(a.counted));
  return { rows, ratio: grassrootsRatio(rows.map((r) => ({ unitStatus: r.unitStatus, counted: r.counted, congressStatus: r.congress?.status ?? null }))) };
}
