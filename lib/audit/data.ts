import "server-only";
import { type Actor, isAdmin, scopeWhere } from "../auth/access";
import type { LoadedRecord } from "../auth/load";
import { addDays } from "../dates";
import { db } from "../db/client";
import { NotFoundError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { AuditFilters } from "./schema";
import { ORGANISATION_KINDS } from "../units/levels";

export type AuditEntryDto = {
  id: string;
  at: string;
  actorName: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  organisationName: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  requestId: string | null;
};

export const AUDIT_PAGE_SIZE = 50;

/**
 * Which log: one organisation's, as lib/auth/load gave it with audit.read checked (its organizers and
 * admins), or every organisation's (admins only, checked here).
 */
export type AuditLog = { organisation: LoadedRecord<"organisation"> } | { organisation: null };

function logWhere(actor: Actor, log: AuditLog, filters: AuditFilters): Prisma.AuditEntryWhereInput {
  if (!log.organisation && !isAdmin(actor)) throw new NotFoundError("audit log");
  const organisationId = log.organisation ? log.organisation.id : filters.organisation;
  return {
    ...scopeWhere(actor),
    ...(organisationId ? { organisationId } : {}),
    ...(filters.kind ? { action: { startsWith: `${filters.kind}.` } } : {}),
    ...(filters.user ? { actorId: filters.user } : {}),
    ...(filters.record ? { entityId: filters.record } : {}),
    // Calendar dates in Vietnam (UTC+7, no daylight saving), both ends included.
    ...(filters.from || filters.to
      ? { at: { ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00+07:00`) } : {}), ...(filters.to ? { lt: new Date(`${addDays(filters.to, 1)}T00:00:00+07:00`) } : {}) } }
      : {}),
  };
}

/** The log, newest first, a page at a time (`filters.before` is the last id seen). */
export async function listAuditEntries(actor: Actor, log: AuditLog, filters: AuditFilters): Promise<{ entries: AuditEntryDto[]; nextBefore: string | null }> {
  const rows = await db.auditEntry.findMany({
    where: { ...logWhere(actor, log, filters), ...(filters.before ? { id: { lt: BigInt(filters.before) } } : {}) },
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const actorIds = [...new Set(page.map((r) => r.actorId).filter((id): id is string => id !== null))];
  const organisationIds = log.organisation ? [] : [...new Set(page.map((r) => r.organisationId).filter((id): id is string => id !== null))];
  const [users, organisations] = await Promise.all([
    db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }),
    db.unit.findMany({ where: { id: { in: organisationIds } }, select: { id: true, name: true } }),
  ]);
  const names = new Map(users.map((u) => [u.id, u.name]));
  const organisationNames = new Map(organisations.map((d) => [d.id, d.name]));
  return {
    entries: page.map((r) => ({
      id: r.id.toString(),
      at: r.at.toISOString(),
      actorName: r.actorId ? (names.get(r.actorId) ?? null) : null,
      actorEmail: r.actorEmail,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      organisationName: r.organisationId ? (organisationNames.get(r.organisationId) ?? null) : null,
      before: r.before,
      after: r.after,
      ip: r.ip,
      requestId: r.requestId,
    })),
    nextBefore: rows.length > AUDIT_PAGE_SIZE ? page[page.length - 1]!.id.toString() : null,
  };
}

/** The accounts that appear in the log (for the filter by user), by name. */
export async function listAuditActors(actor: Actor, log: AuditLog): Promise<{ id: string; label: string }[]> {
  const groups = await db.auditEntry.groupBy({ by: ["actorId"], where: { ...logWhere(actor, log, {}), actorId: { not: null } }, orderBy: { actorId: "asc" }, take: 500 });
  const users = await db.user.findMany({ where: { id: { in: groups.map((g) => g.actorId!) } }, select: { id: true, name: true, email: true } });
  return users.map((u) => ({ id: u.id, label: `${u.name} · ${u.email}` })).sort((a, b) => a.label.localeCompare(b.label, "vi"));
}

/** Organisations for the filter of the log of all organisations. */
export async function listAuditOrganisations(actor: Actor): Promise<{ id: string; name: string }[]> {
  if (!isAdmin(actor)) throw new NotFoundError("audit log");
  return db.unit.findMany({ where: { kind: { in: [...ORGANISATION_KINDS] } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}
