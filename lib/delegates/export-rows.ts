import "server-only";
import { type Actor, readScope } from "../auth/access";
import { db } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import type { RosterCongress, RosterRow } from "./data";

/** A roster row as the downloads print it: plain values, dates as YYYY-MM-DD. */
export type ExportRow = {
  fullName: string;
  gender: RosterRow["gender"];
  birthDate: string | null;
  birthYear: number;
  ethnicity: string;
  partyAdmissionDate: string | null;
  educationLevel: string | null;
  theoryLevel: RosterRow["theoryLevel"];
  position: string | null;
  homeUnitName: string | null;
  category: RosterRow["category"];
  alternate: boolean;
  credentialStatus: RosterRow["credentialStatus"];
  group: string | null;
  seat: string | null;
  note: string | null;
};

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export function toExportRow(r: RosterRow): ExportRow {
  return { ...r, birthDate: iso(r.birthDate), partyAdmissionDate: iso(r.partyAdmissionDate), homeUnitName: r.homeUnit?.name ?? null };
}

/**
 * The whole roster for a download, in the order of official lists (the stored sort key, as
 * listRoster: given name, middle, family in the Vietnamese alphabet; then the year of birth), read
 * with one statement that brings only the printed columns, dates already
 * as text. The caller's scope is in the WHERE, as in every read.
 */
export async function exportRows(actor: Actor, congress: RosterCongress): Promise<ExportRow[]> {
  const scope = readScope(actor);
  const scoped = scope.all ? Prisma.empty : Prisma.sql`AND (d.province_id = ANY(${scope.provinceIds}::uuid[]) OR d.organisation_id = ANY(${scope.organisationIds}::uuid[]))`;
  const organisation = congress.organisationId === null ? Prisma.sql`d.organisation_id IS NULL` : Prisma.sql`d.organisation_id = ${congress.organisationId}::uuid`;
  return db.$queryRaw<ExportRow[]>`
    SELECT d.full_name AS "fullName", d.gender::text AS gender, d.birth_date::text AS "birthDate", d.birth_year AS "birthYear",
      d.ethnicity, d.party_admission_date::text AS "partyAdmissionDate", d.education_level AS "educationLevel",
      d.theory_level::text AS "theoryLevel", d.position, u.name AS "homeUnitName", d.category::text AS category, d.alternate,
      d.credential_status::text AS "credentialStatus", d."group", d.seat, d.note
    FROM delegate d LEFT JOIN unit u ON u.id = d.home_unit_id
    WHERE d.congress_id = ${congress.id}::uuid AND ${organisation} ${scoped}
    ORDER BY d.sort_key, d.birth_year, d.id`;
}
