import "server-only";
import type { Actor } from "../auth/access";
import { recordAudit } from "../audit/record";
import { dateOnlyToIso, vietnamDate } from "../dates";
import { db } from "../db/client";
import { type ColumnKey, REQUIRED_COLUMNS, findHeaderRow } from "./columns";
import { insertDelegates } from "./bulk";
import { load } from "../auth/load";
import type { RosterCongress } from "./data";
import type { Tx } from "../db/mutation";
import { delegateData, lockRoster } from "./mutations";
import { type CellError, type DelegateDraft, type RawCell, type UnitRef, duplicateKey, validateRow } from "./rows";
import { ImportFileError } from "../import/errors";
import { type Sheet, readSheet } from "../import/sheet";

export type ImportMode = "all" | "valid-only";
export type RowError = { row: number; column: ColumnKey; header: string; code: string; params?: Record<string, string | number> };
export type ImportReport = {
  format: "xlsx" | "csv";
  rows: number;
  validRows: number;
  invalidRows: number;
  errors: RowError[];
  dryRun: boolean;
  mode: ImportMode;
  /** Delegates written: 0 on a dry run or when an all-or-nothing import found errors. */
  created: number;
};

type Checked = { number: number; draft: DelegateDraft | null; errors: CellError[] };

const HEADER_SCAN = 15;

const blank = (cells: RawCell[]) => cells.every((c) => c === null || c === undefined || String(c).trim() === "");

/** Checks every row of the sheet, then duplicates and quotas against the file and the roster. */
async function analyse(tx: Tx, congress: RosterCongress, sheet: Sheet, todayIso: string) {
  // The header row is among the first rows: only those are turned into text to look for it.
  const asText = sheet.rows.slice(0, HEADER_SCAN).map((r) => r.cells.map((c) => (c instanceof Date ? dateOnlyToIso(c) : c === null || c === undefined ? "" : String(c))));
  const header = findHeaderRow(asText, HEADER_SCAN);
  if (!header) throw new ImportFileError("NO_HEADER", 422);
  const missing = REQUIRED_COLUMNS.filter((k) => !header.headers.has(k));
  if (missing.length) throw new ImportFileError("MISSING_COLUMNS", 422, { columns: missing.join(", ") });
  const dataRows = sheet.rows.slice(header.row + 1).filter((r) => !blank(r.cells));
  if (dataRows.length === 0) throw new ImportFileError("EMPTY", 422);

  const units: UnitRef[] = await tx.unit.findMany({ where: { parentId: congress.unitId, status: "ACTIVE" }, select: { id: true, name: true, code: true } });
  const checked: Checked[] = dataRows.map((r) => {
    const cells: Partial<Record<ColumnKey, RawCell>> = {};
    for (const [index, key] of header.columns) cells[key] = r.cells[index] ?? null;
    return { number: r.number, ...validateRow(cells, units, todayIso) };
  });

  // Duplicates: the same person twice in the file, or already on the roster.
  const roster = await tx.delegate.findMany({ where: { congressId: congress.id }, select: { fullName: true, birthDate: true, birthYear: true } });
  const onRoster = new Set(roster.map((d) => duplicateKey({ ...d, birthDate: d.birthDate ? dateOnlyToIso(d.birthDate) : null })));
  const firstRow = new Map<string, number>();
  for (const c of checked) {
    if (!c.draft) continue;
    const k = duplicateKey(c.draft);
    if (onRoster.has(k)) c.errors.push({ column: "fullName", code: "duplicateInRoster" });
    else if (firstRow.has(k)) c.errors.push({ column: "fullName", code: "duplicateInFile", params: { row: firstRow.get(k)! } });
    else firstRow.set(k, c.number);
  }

  // Quotas: elected delegates per unit, the roster's (not rejected) plus the file's, in file order.
  const quotas = await tx.delegateQuota.findMany({ where: { congressId: congress.id }, select: { unitId: true, seats: true } });
  const elected = await tx.delegate.groupBy({ by: ["homeUnitId"], where: { congressId: congress.id, category: "ELECTED", alternate: false, credentialStatus: { not: "REJECTED" } }, _count: { _all: true } });
  const taken = new Map(elected.map((e) => [e.homeUnitId, e._count._all]));
  const seats = new Map(quotas.map((q) => [q.unitId, q.seats]));
  for (const c of checked) {
    if (!c.draft || c.errors.length || c.draft.category !== "ELECTED" || c.draft.alternate || !c.draft.homeUnitId) continue;
    const quota = seats.get(c.draft.homeUnitId);
    if (quota === undefined) continue;
    const used = (taken.get(c.draft.homeUnitId) ?? 0) + 1;
    if (used > quota) c.errors.push({ column: "homeUnit", code: "overQuota", params: { seats: quota } });
    else taken.set(c.draft.homeUnitId, used);
  }

  const errors: RowError[] = checked.flatMap((c) => c.errors.map((e) => ({ row: c.number, column: e.column, header: header.headers.get(e.column) ?? e.column, code: e.code, ...(e.params ? { params: e.params } : {}) })));
  const valid = checked.filter((c) => c.draft && c.errors.length === 0).map((c) => c.draft!);
  return { rows: checked.length, valid, invalidRows: checked.length - valid.length, errors };
}

/**
 * The one import path, for the page and the API. A dry run writes nothing. A commit re-checks
 * inside one transaction holding the roster lock; "all" writes every row or none, "valid-only"
 * writes the rows without errors. A bad file throws ImportFileError and writes nothing.
 */
export async function importRoster(
  actor: Actor,
  congressId: string,
  file: { bytes: Uint8Array; name: string },
  options: { dryRun: boolean; mode: ImportMode; ip?: string | null; today?: string },
): Promise<ImportReport> {
  const congress = await load(actor, "congress", congressId, "delegate.manage");
  const sheet = await readSheet(file.bytes, file.name);
  const today = options.today ?? vietnamDate();
  const base = { format: sheet.kind, dryRun: options.dryRun, mode: options.mode };
  if (options.dryRun) {
    const a = await db.$transaction((tx) => analyse(tx, congress, sheet, today), { timeout: 60_000 });
    return { ...base, rows: a.rows, validRows: a.valid.length, invalidRows: a.invalidRows, errors: a.errors, created: 0 };
  }
  return db.$transaction(
    async (tx) => {
      await lockRoster(tx, congress.id);
      const a = await analyse(tx, congress, sheet, today);
      const report = { ...base, rows: a.rows, validRows: a.valid.length, invalidRows: a.invalidRows, errors: a.errors, created: 0 };
      if (options.mode === "all" && a.errors.length > 0) return report;
      const created = a.valid.length > 0 ? await insertDelegates(tx, { congressId: congress.id, provinceId: congress.provinceId, organisationId: congress.organisationId }, a.valid.map(delegateData)) : 0;
      // Counts only: the log never holds the delegates' personal data.
      await recordAudit(tx, {
        actor: { userId: actor.userId, email: actor.email },
        action: "delegate.import",
        entityType: "congress",
        entityId: congress.id,
        place: { provinceId: congress.provinceId, organisationId: congress.organisationId },
        after: { format: sheet.kind, mode: options.mode, rows: a.rows, created, rejectedRows: a.invalidRows },
        ip: options.ip ?? null,
      });
      return { ...report, created };
    },
    { timeout: 120_000 },
  );
}
