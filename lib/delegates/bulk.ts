import "server-only";
import { dateOnlyToIso } from "../dates";
import { uuidv7 } from "../db/uuid";
import { Prisma } from "../generated/prisma/client";
import type { Tx } from "../db/mutation";
import type { delegateData } from "./mutations";

type DelegateRow = ReturnType<typeof delegateData>;
type Place = { congressId: string; provinceId: string | null; districtId: string | null };

const COLUMNS = [
  ["id", "uuid"],
  ["congress_id", "uuid"],
  ["province_id", "uuid"],
  ["district_id", "uuid"],
  ["home_unit_id", "uuid"],
  ["full_name", "text"],
  ["family_name", "text"],
  ["middle_name", "text"],
  ["given_name", "text"],
  ["search_key", "text"],
  ["gender", '"Gender"'],
  ["birth_date", "date"],
  ["birth_year", "int"],
  ["ethnicity", "text"],
  ["party_admission_date", "date"],
  ["education_level", "text"],
  ["theory_level", '"TheoryLevel"'],
  ["position", "text"],
  ["category", '"DelegateCategory"'],
  ["group", "text"],
  ["seat", "text"],
  ["note", "text"],
  ["updated_at", "timestamptz"],
] as const;

/** Rows per INSERT: 23 arrays of 5,000 values stay a few MB per statement. */
const ROWS_PER_STATEMENT = 5_000;

/**
 * Inserts many delegates with one statement per ROWS_PER_STATEMENT rows: each column travels as one array
 * parameter and unnest() turns them back into rows. Prisma's createMany builds a bind parameter
 * per cell, which for a 10,000-row import took seconds of CPU and gigabytes of memory.
 */
export async function insertDelegates(tx: Tx, place: Place, rows: DelegateRow[]): Promise<number> {
  const now = new Date();
  let created = 0;
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    const values: Record<(typeof COLUMNS)[number][0], unknown[]> = Object.fromEntries(COLUMNS.map(([c]) => [c, []])) as never;
    for (const d of chunk) {
      values.id.push(uuidv7(now.getTime()));
      values.congress_id.push(place.congressId);
      values.province_id.push(place.provinceId);
      values.district_id.push(place.districtId);
      values.home_unit_id.push(d.homeUnitId);
      values.full_name.push(d.fullName);
      values.family_name.push(d.familyName);
      values.middle_name.push(d.middleName);
      values.given_name.push(d.givenName);
      values.search_key.push(d.searchKey);
      values.gender.push(d.gender);
      values.birth_date.push(d.birthDate ? dateOnlyToIso(d.birthDate) : null);
      values.birth_year.push(d.birthYear);
      values.ethnicity.push(d.ethnicity);
      values.party_admission_date.push(d.partyAdmissionDate ? dateOnlyToIso(d.partyAdmissionDate) : null);
      values.education_level.push(d.educationLevel);
      values.theory_level.push(d.theoryLevel);
      values.position.push(d.position);
      values.category.push(d.category);
      values.group.push(d.group);
      values.seat.push(d.seat);
      values.note.push(d.note);
      values.updated_at.push(now.toISOString());
    }
    const columns = Prisma.raw(COLUMNS.map(([c]) => `"${c}"`).join(", "));
    const arrays = Prisma.join(COLUMNS.map(([c, type]) => Prisma.sql`${values[c]}::${Prisma.raw(type)}[]`));
    created += await tx.$executeRaw`INSERT INTO "delegate" (${columns}) SELECT * FROM unnest(${arrays})`;
  }
  return created;
}
