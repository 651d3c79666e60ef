import "server-only";
import { type Actor, scopeWhere } from "../auth/access";
import { db } from "../db/client";
import { daysBetween, vietnamDate } from "../dates";
import { loadForRender } from "../auth/load";
import { DOCUMENT_FLOW, type DocumentStatus } from "../documents/flow";
import { type GrassrootsRatio, grassrootsFigures } from "../grassroots/ratio";
import { GRASSROOTS_KINDS } from "../grassroots/data";
import { isoOrNull } from "../planning/place";
import { TASK_STATUSES, type TaskStatus } from "../tasks/schema";
import { PROVINCE_CHILD_KINDS } from "../units/levels";

// The progress figures of a congress: the congress dashboard shows one, the province page one per
// organisation side by side. Counting happens in the database, in one statement for any number of
// congresses.

export type Counts<K extends string> = Record<K, number>;
const zero = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Counts<K>;

export type CongressFigures = {
  congressId: string;
  organisationId: string | null;
  opening: string | null;
  /** Days from today (Vietnam) to the opening; negative once it has passed. */
  daysToOpening: number | null;
  milestones: { total: number; done: number; late: number };
  tasks: { total: number; byStatus: Counts<TaskStatus>; overdue: number };
  documents: { total: number; byStatus: Counts<DocumentStatus> };
  /** Grassroots congresses held over active grassroots units; null for a grassroots congress. */
  grassroots: GrassrootsRatio | null;
};

type CongressKey = { id: string; unitId: string; organisationId: string | null; termStart: number; plannedOpening: Date | null };

type FigureRow = {
  congress_id: string;
  tasks: Record<string, number> | null;
  overdue_tasks: number;
  milestones: Record<string, number> | null;
  late_milestones: number;
  documents: Record<string, number> | null;
  active_units: number | null;
  grassroots: Record<string, number> | null;
};

/**
 * The figures of congresses the caller may see (loaded with their scope by the caller of this):
 * one statement for any number of them. Every row counted belongs to its congress's organisation
 * (the scope-guard triggers hold it there), so counting by congress needs no second scope test.
 */
async function figuresFor(congresses: CongressKey[], today: string): Promise<Map<string, CongressFigures>> {
  const result = new Map<string, CongressFigures>();
  if (congresses.length === 0) return result;
  const ids = congresses.map((c) => c.id);
  const grassrootsKinds = [...GRASSROOTS_KINDS];
  const rows = await db.$queryRaw<FigureRow[]>`
    SELECT c.id::text AS congress_id,
      (SELECT json_object_agg(s.status, s.n) FROM (SELECT status::text, count(*)::int AS n FROM task WHERE congress_id = c.id GROUP BY status) s) AS tasks,
      (SELECT count(*)::int FROM task WHERE congress_id = c.id AND due_on < ${today}::date AND status <> 'DONE') AS overdue_tasks,
      (SELECT json_object_agg(s.status, s.n) FROM (SELECT status::text, count(*)::int AS n FROM milestone WHERE congress_id = c.id GROUP BY status) s) AS milestones,
      (SELECT count(*)::int FROM milestone WHERE congress_id = c.id AND planned_on < ${today}::date AND status <> 'DONE') AS late_milestones,
      (SELECT json_object_agg(s.status, s.n) FROM (SELECT status::text, count(*)::int AS n FROM congress_document WHERE congress_id = c.id GROUP BY status) s) AS documents,
      -- Grassroots progress (an organisation's own congress): its grassroots units active on its
      -- opening (a unit merged later still counts: the past is not rewritten), and their congresses
      -- of the same term by status (one congress per unit and term).
      CASE WHEN c.unit_id = c.organisation_id THEN
        (SELECT count(*)::int FROM unit u WHERE u.organisation_id = c.organisation_id AND u.kind::text = ANY(${grassrootsKinds})
          AND (u.status = 'ACTIVE' OR u.status_changed_on > c.planned_opening)) END AS active_units,
      CASE WHEN c.unit_id = c.organisation_id THEN
        (SELECT json_object_agg(s.status, s.n) FROM (
          SELECT g.status::text, count(*)::int AS n FROM congress g JOIN unit u ON u.id = g.unit_id
          WHERE g.organisation_id = c.organisation_id AND g.term_start = c.term_start AND u.kind::text = ANY(${grassrootsKinds})
            AND (u.status = 'ACTIVE' OR u.status_changed_on > c.planned_opening)
          GROUP BY g.status) s) END AS grassroots
    FROM congress c WHERE c.id = ANY(${ids}::uuid[])`;
  const byId = new Map(rows.map((r) => [r.congress_id, r]));
  for (const c of congresses) {
    const row = byId.get(c.id);
    const opening = isoOrNull(c.plannedOpening);
    const byStatus = zero(TASK_STATUSES);
    for (const [status, n] of Object.entries(row?.tasks ?? {})) if (status in byStatus) byStatus[status as TaskStatus] = n;
    const docs = zero(DOCUMENT_FLOW);
    for (const [status, n] of Object.entries(row?.documents ?? {})) if (status in docs) docs[status as DocumentStatus] = n;
    const ms = Object.entries(row?.milestones ?? {});
    result.set(c.id, {
      congressId: c.id,
      organisationId: c.organisationId,
      opening,
      daysToOpening: opening ? daysBetween(today, opening) : null,
      milestones: {
        total: ms.reduce((n, [, count]) => n + count, 0),
        done: row?.milestones?.DONE ?? 0,
        late: row?.late_milestones ?? 0,
      },
      tasks: { total: Object.values(byStatus).reduce((a, b) => a + b, 0), byStatus, overdue: row?.overdue_tasks ?? 0 },
      documents: { total: Object.values(docs).reduce((a, b) => a + b, 0), byStatus: docs },
      grassroots:
        c.unitId === c.organisationId
          ? grassrootsFigures(
              row?.active_units ?? 0,
              Object.entries(row?.grassroots ?? {}).map(([status, count]) => ({ status, count })),
            )
          : null,
    });
  }
  return result;
}

const congressKeySelect = { id: true, unitId: true, organisationId: true, termStart: true, plannedOpening: true } as const;

export type SubCommitteeTaskCounts = { id: string | null; name: string | null; byStatus: Counts<TaskStatus>; total: number };

type SubCommitteeRow = { id: string | null; name: string | null; by_status: Record<string, number> | null };

/**
 * The congress dashboard's figures, with the tasks of each sub-committee by status (then the tasks
 * of none, when there are any). The congress is read as the page reads it (once per request, the
 * caller's right checked); its rows belong to its organisation, so the counts need no second scope.
 */
export async function congressDashboard(actor: Actor, congressId: string, today = vietnamDate()) {
  const congress = await loadForRender(actor, "congress", congressId, "organisation.read");
  const [figures, subs] = await Promise.all([
    figuresFor([congress], today),
    db.$queryRaw<SubCommitteeRow[]>`
      SELECT r.id, r.name, r.by_status FROM (
        SELECT s.id::text AS id, s.name, s.kind,
          (SELECT json_object_agg(x.status, x.n) FROM (SELECT status::text, count(*)::int AS n FROM task WHERE sub_committee_id = s.id GROUP BY status) x) AS by_status
        FROM sub_committee s WHERE s.congress_id = ${congressId}::uuid
        UNION ALL
        SELECT NULL, NULL, NULL,
          (SELECT json_object_agg(x.status, x.n) FROM (SELECT status::text, count(*)::int AS n FROM task WHERE congress_id = ${congressId}::uuid AND sub_committee_id IS NULL GROUP BY status) x)
      ) r
      ORDER BY r.id IS NULL, r.kind ASC NULLS LAST, r.name ASC`,
  ]);
  const rows: SubCommitteeTaskCounts[] = subs.map((s) => {
    const byStatus = zero(TASK_STATUSES);
    for (const [status, n] of Object.entries(s.by_status ?? {})) if (status in byStatus) byStatus[status as TaskStatus] = n;
    return { id: s.id, name: s.name, byStatus, total: Object.values(byStatus).reduce((a, b) => a + b, 0) };
  });
  return { figures: figures.get(congressId)!, bySubCommittee: rows.filter((r) => r.id !== null || r.total > 0) };
}

export type OrganisationFigures = { organisationId: string; organisationName: string; congress: { id: string; ordinal: number; termStart: number; termEnd: number } | null; figures: CongressFigures | null };

/** Every organisation of a province with its current organisation congress's figures, side by side. */
export async function provinceDashboard(actor: Actor, provinceId: string, today = vietnamDate()): Promise<OrganisationFigures[]> {
  const organisations = await db.unit.findMany({
    where: { provinceId, kind: { in: [...PROVINCE_CHILD_KINDS] }, status: "ACTIVE", ...scopeWhere(actor) },
    select: {
      id: true,
      name: true,
      congresses: { select: { ...congressKeySelect, ordinal: true, termEnd: true }, orderBy: { termStart: "desc" }, take: 1 },
    },
    orderBy: { code: "asc" },
  });
  const current = organisations.flatMap((d) => d.congresses);
  const figures = await figuresFor(current, today);
  return organisations.map((d) => {
    const c = d.congresses[0];
    return {
      organisationId: d.id,
      organisationName: d.name,
      congress: c ? { id: c.id, ordinal: c.ordinal, termStart: c.termStart, termEnd: c.termEnd } : null,
      figures: c ? figures.get(c.id)! : null,
    };
  });
}
