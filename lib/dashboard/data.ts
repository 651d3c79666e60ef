import "server-only";
import { type Actor, scopeWhere } from "../auth/access";
import { db } from "../db/client";
import { daysBetween, isoToDateOnly, vietnamDate } from "../dates";
import { NotFoundError } from "../errors";
import { DOCUMENT_FLOW, type DocumentStatus } from "../documents/flow";
import { type GrassrootsRatio, grassrootsFigures } from "../grassroots/ratio";
import { GRASSROOTS_KINDS } from "../grassroots/data";
import { isoOrNull } from "../planning/place";
import { TASK_STATUSES, type TaskStatus } from "../tasks/schema";

// The progress figures of a congress: the congress dashboard shows one, the province page one per
// district side by side. Counting happens in the database (groupBy), a few queries for any number
// of congresses.

export type Counts<K extends string> = Record<K, number>;
const zero = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Counts<K>;

export type CongressFigures = {
  congressId: string;
  districtId: string | null;
  opening: string | null;
  /** Days from today (Vietnam) to the opening; negative once it has passed. */
  daysToOpening: number | null;
  milestones: { total: number; done: number; late: number };
  tasks: { total: number; byStatus: Counts<TaskStatus>; overdue: number };
  documents: { total: number; byStatus: Counts<DocumentStatus> };
  /** Grassroots congresses held over active grassroots units; null for a grassroots congress. */
  grassroots: GrassrootsRatio | null;
};

type CongressKey = { id: string; unitId: string; districtId: string | null; termStart: number; plannedOpening: Date | null };

async function figuresFor(actor: Actor, congresses: CongressKey[], today: string): Promise<Map<string, CongressFigures>> {
  const ids = congresses.map((c) => c.id);
  const scope = scopeWhere(actor);
  const todayDate = isoToDateOnly(today);
  const districtIds = congresses.filter((c) => c.unitId === c.districtId).map((c) => c.districtId!);
  const [tasks, overdue, milestones, late, documents, activeUnits, termCongresses] = await Promise.all([
    db.task.groupBy({ by: ["congressId", "status"], where: { congressId: { in: ids }, ...scope }, _count: { _all: true } }),
    db.task.groupBy({ by: ["congressId"], where: { congressId: { in: ids }, ...scope, dueOn: { lt: todayDate }, status: { not: "DONE" } }, _count: { _all: true } }),
    db.milestone.groupBy({ by: ["congressId", "status"], where: { congressId: { in: ids }, ...scope }, _count: { _all: true } }),
    db.milestone.groupBy({ by: ["congressId"], where: { congressId: { in: ids }, ...scope, plannedOn: { lt: todayDate }, status: { not: "DONE" } }, _count: { _all: true } }),
    db.congressDocument.groupBy({ by: ["congressId", "status"], where: { congressId: { in: ids }, ...scope }, _count: { _all: true } }),
    // Grassroots progress, counted in the database: active grassroots units per district, and
    // their congresses of each term by status (one congress per unit and term).
    districtIds.length
      ? db.unit.groupBy({ by: ["districtId"], where: { districtId: { in: districtIds }, kind: { in: [...GRASSROOTS_KINDS] }, status: "ACTIVE", ...scope }, _count: { _all: true } })
      : Promise.resolve([]),
    districtIds.length
      ? db.congress.groupBy({
          by: ["districtId", "termStart", "status"],
          where: { districtId: { in: districtIds }, unit: { kind: { in: [...GRASSROOTS_KINDS] }, status: "ACTIVE", ...scope } },
          _count: { _all: true },
        })
      : Promise.resolve([]),
  ]);
  const result = new Map<string, CongressFigures>();
  for (const c of congresses) {
    const opening = isoOrNull(c.plannedOpening);
    const byStatus = zero(TASK_STATUSES);
    for (const t of tasks) if (t.congressId === c.id) byStatus[t.status] = t._count._all;
    const docs = zero(DOCUMENT_FLOW);
    for (const d of documents) if (d.congressId === c.id) docs[d.status] = d._count._all;
    const ms = milestones.filter((m) => m.congressId === c.id);
    const isDistrict = c.unitId === c.districtId;
    result.set(c.id, {
      congressId: c.id,
      districtId: c.districtId,
      opening,
      daysToOpening: opening ? daysBetween(today, opening) : null,
      milestones: {
        total: ms.reduce((n, m) => n + m._count._all, 0),
        done: ms.find((m) => m.status === "DONE")?._count._all ?? 0,
        late: late.find((l) => l.congressId === c.id)?._count._all ?? 0,
      },
      tasks: { total: Object.values(byStatus).reduce((a, b) => a + b, 0), byStatus, overdue: overdue.find((o) => o.congressId === c.id)?._count._all ?? 0 },
      documents: { total: Object.values(docs).reduce((a, b) => a + b, 0), byStatus: docs },
      grassroots: isDistrict
        ? grassrootsFigures(
            activeUnits.find((u) => u.districtId === c.districtId)?._count._all ?? 0,
            termCongresses.filter((h) => h.districtId === c.districtId && h.termStart === c.termStart).map((h) => ({ status: h.status, count: h._count._all })),
          )
        : null,
    });
  }
  return result;
}

const congressKeySelect = { id: true, unitId: true, districtId: true, termStart: true, plannedOpening: true } as const;

export type SubCommitteeTaskCounts = { id: string | null; name: string | null; byStatus: Counts<TaskStatus>; total: number };

/** The congress dashboard's figures, with the tasks of each sub-committee by status. */
export async function congressDashboard(actor: Actor, congressId: string, today = vietnamDate()) {
  const congress = await db.congress.findFirst({ where: { id: congressId, ...scopeWhere(actor) }, select: congressKeySelect });
  if (!congress) throw new NotFoundError("congress");
  const [figures, perSub, subs] = await Promise.all([
    figuresFor(actor, [congress], today),
    db.task.groupBy({ by: ["subCommitteeId", "status"], where: { congressId, ...scopeWhere(actor) }, _count: { _all: true } }),
    db.subCommittee.findMany({ where: { congressId, ...scopeWhere(actor) }, select: { id: true, name: true }, orderBy: [{ kind: { sort: "asc", nulls: "last" } }, { name: "asc" }] }),
  ]);
  const rows: SubCommitteeTaskCounts[] = [...subs, { id: null, name: null }].map((s) => {
    const byStatus = zero(TASK_STATUSES);
    for (const g of perSub) if (g.subCommitteeId === s.id) byStatus[g.status] = g._count._all;
    return { ...s, byStatus, total: Object.values(byStatus).reduce((a, b) => a + b, 0) };
  });
  return { figures: figures.get(congressId)!, bySubCommittee: rows.filter((r) => r.id !== null || r.total > 0) };
}

export type DistrictFigures = { districtId: string; districtName: string; congress: { id: string; ordinal: number; termStart: number; termEnd: number } | null; figures: CongressFigures | null };

/** Every district of a province with its current district congress's figures, side by side. */
export async function provinceDashboard(actor: Actor, provinceId: string, today = vietnamDate()): Promise<DistrictFigures[]> {
  const districts = await db.unit.findMany({
    where: { provinceId, kind: "DISTRICT", ...scopeWhere(actor) },
    select: {
      id: true,
      name: true,
      congresses: { select: { ...congressKeySelect, ordinal: true, termEnd: true }, orderBy: { termStart: "desc" }, take: 1 },
    },
    orderBy: { code: "asc" },
  });
  const current = districts.flatMap((d) => d.congresses);
  const figures = await figuresFor(actor, current, today);
  return districts.map((d) => {
    const c = d.congresses[0];
    return {
      districtId: d.id,
      districtName: d.name,
      congress: c ? { id: c.id, ordinal: c.ordinal, termStart: c.termStart, termEnd: c.termEnd } : null,
      figures: c ? figures.get(c.id)! : null,
    };
  });
}
