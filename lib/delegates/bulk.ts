import "server-only";
import { dateOnlyToIso } from "../dates";
import { uuidv7 } from "../db/uuid";
import { Prisma } from "../generated/prisma/client";
import type { Tx } from "../db/mutation";
import type { delegateData } from "./mutations";

type DelegateRow = ReturnType<typeof delegateData>;
type Place = { congressId: string; provinceId: string | null; organisationId: string | null };
type Context = { place: Place; now: Date };

/** Each column of "delegate" that an import writes: its SQL type and where its value comes from. */
const COLUMNS: { name: string; type: string; value: (d: DelegateRow, c: Context) => unknown }[] = [
  { name: "id", type: "uuid", value: (_, c) => uuidv7(c.now.getTime()) },
  { name: "congress_id", type: "uuid", value: (_, c) => c.place.congressId },
  { name: "province_id", type: "uuid", value: (_, c) => c.place.provinceId },
  { name: "organisation_id", type: "uuid", value: (_, c) => c.place.organisationId },
  { name: "home_unit_id", type: "uuid", value: (d) => d.homeUnitId },
  { name: "full_name", type: "text", value: (d) => d.fullName },
  { name: "family_name", type: "text", value: (d) => d.familyName },
  { name: "middle_name", type: "text", value: (d) => d.middleName },
  { name: "given_name", type: "text", value: (d) => d.givenName },
  { name: "search_key", type: "text", value: (d) => d.searchKey },
  { name: "gender", type: '"Gender"', value: (d) => d.gender },
  { name: "birth_date", type: "date", value: (d) => (d.birthDate ? dateOnlyToIso(d.birthDate) : null) },
  { name: "birth_year", type: "int", value: (d) => d.birthYear },
  { name: "ethnicity", type: "text", value: (d) => d.ethnicity },
  { name: "party_admission_date", type: "date", value: (d) => (d.partyAdmissionDate ? dateOnlyToIso(d.partyAdmissionDate) : null) },
  { name: "education_level", type: "text", value: (d) => d.educationLevel },
  { name: "theory_level", type: '"TheoryLevel"', value: (d) => d.theoryLevel },
  { name: "position", type: "text", value: (d) => d.position },
  { name: "category", type: '"DelegateCategory"', value: (d) => d.category },
  { name: "group", type: "text", value: (d) => d.group },
  { name: "seat", type: "text", value: (d) => d.seat },
  { name: "note", type: "text", value: (d) => d.note },
  { name: "updated_at", type: "timestamptz", value: (_, c) => c.now.toISOString() },
];

/** Rows per INSERT: 23 arrays of 5,000 values stay a few MB per statement. */
const ROWS_PER_STATEMENT = 5_000;

/**
 * Inserts many delegates with one statement per ROWS_PER_STATEMENT rows: each column travels as one array
 * parameter and unnest() turns them back into rows. Prisma's createMany builds a bind parameter
 * per cell, which for a 10,000-row import took seconds of CPU and gigabytes of memory.
 */
export async function insertDelegates(tx: Tx, place: Place, rows: DelegateRow[]): Promise<number> {
  const context: Context = { place, now: new Date() };
  const columns = Prisma.raw(COLUMNS.map((c) => `"${c.name}"`).join(", "));
  let created = 0;
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    const arrays = Prisma.join(COLUMNS.map((c) => Prisma.sql`${chunk.map((d) => c.value(d, context))}::${Prisma.raw(c.type)}[]`));
    created += await tx.$executeRaw`INSERT INTO "delegate" (${columns}) SELECT * FROM unnest(${arrays})`;
  }
  return created;
}
