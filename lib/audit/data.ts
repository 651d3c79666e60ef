import "server-only";
import { type Actor, scopeWhere } from "../auth/access";
import { db } from "../db/client";

export type AuditEntryDto = {
  id: string;
  at: string;
  actorName: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  before: unknown;
  after: unknown;
};

export const AUDIT_PAGE_SIZE = 50;

/** The district's audit log, newest first, a page at a time (`before` is the last id seen). */
export async function listDistrictAudit(actor: Actor, districtId: string, before?: bigint): Promise<{ entries: AuditEntryDto[]; nextBefore: string | null }> {
  const rows = await db.auditEntry.findMany({
    where: { districtId, ...scopeWhere(actor), ...(before ? { id: { lt: before } } : {}) },
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const actorIds = [...new Set(page.map((r) => r.actorId).filter((id): id is string => id !== null))];
  const names = new Map((await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  return {
    entries: page.map((r) => ({
      id: r.id.toString(),
      at: r.at.toISOString(),
      actorName: r.actorId ? (names.get(r.actorId) ?? null) : null,
      actorEmail: r.actorEmail,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      before: r.before,
      after: r.after,
    })),
    nextBefore: rows.length > AUDIT_PAGE_SIZE ? page[page.length - 1]!.id.toString() : null,
  };
}
