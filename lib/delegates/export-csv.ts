import "server-only";
import { escapeLiteral } from "pg";
import { to as copyTo } from "pg-copy-streams";
import { type Actor, readScope } from "../auth/access";
import { getPool } from "../db/client";
import { CSV_BOM } from "../export/csv";
import type { Translate } from "../i18n/translate";
import { CATEGORIES, CREDENTIAL_STATUSES, GENDERS } from "./choices";
import { THEORY_LEVELS } from "./composition";
import type { RosterCongress } from "./data";

// The roster as CSV, written by PostgreSQL itself: COPY … TO STDOUT streams the lines as the
// database produces them, straight into the response. Reading 10,000 rows into JavaScript and
// quoting them there took about four times as long as the COPY alone. The cells are the same as
// the other formats' (lib/delegates/export.ts): dates as dd/mm/yyyy, Vietnamese labels, NFC,
// and a cell that Excel would run as a formula (= + - @ tab CR first) prefixed with an apostrophe.
// COPY takes no bind parameters: every value put in the statement is an escaped literal (ids,
// scope and the catalog's labels). Every value is quoted, so a semicolon (the list separator of
// Excel in Vietnamese) never splits a cell.

/** The Vietnamese label of each value of an enum column, as a CASE expression. */
function labelled(column: string, keys: readonly string[], label: (key: string) => string): string {
  return `CASE ${column}::text ${keys.map((k) => `WHEN ${escapeLiteral(k)} THEN ${escapeLiteral(label(k))}`).join(" ")} END`;
}

/** A cell Excel would run as a formula (lib/export/neutralise.ts) gets an apostrophe first. */
const neutralised = (v: string) => `CASE WHEN ${v} ~ '^[=+@\\t\\r-]' THEN '''' || ${v} ELSE ${v} END`;
/** Text as the export writes it: NFC (what is stored is NFC already, and checking costs less than normalising), neutralised. */
const text = (column: string) => `CASE WHEN ${column} IS NFC NORMALIZED THEN ${neutralised(column)} ELSE ${neutralised(`normalize(${column}, NFC)`)} END`;
const date = (column: string) => `to_char(${column}, 'DD/MM/YYYY')`;

/** The COPY statement for a congress's roster within the caller's scope, in the order of official lists. */
export function rosterCopySql(actor: Actor, congress: Pick<RosterCongress, "id" | "organisationId">, t: Translate): string {
  const scope = readScope(actor);
  const uuids = (ids: string[]) => `${escapeLiteral(`{${ids.join(",")}}`)}::uuid[]`;
  const scoped = scope.all ? "" : `AND (d.province_id = ANY(${uuids(scope.provinceIds)}) OR d.organisation_id = ANY(${uuids(scope.organisationIds)}))`;
  const organisation = congress.organisationId === null ? "d.organisation_id IS NULL" : `d.organisation_id = ${escapeLiteral(congress.organisationId)}::uuid`;
  const columns = [
    "row_number() OVER (ORDER BY d.sort_key, d.birth_year, d.id)",
    text("d.full_name"),
    labelled("d.gender", GENDERS, (k) => t(`delegates.gender.${k}`)),
    `coalesce(${date("d.birth_date")}, d.birth_year::text)`,
    text("d.ethnicity"),
    date("d.party_admission_date"),
    text("d.education_level"),
    labelled("d.theory_level", THEORY_LEVELS, (k) => t(`delegates.theory.${k}`)),
    text("d.position"),
    text("u.name"),
    labelled("d.category", CATEGORIES, (k) => t(`delegates.category.${k}`)),
    `CASE WHEN d.alternate THEN ${escapeLiteral(t("delegates.seating.ALTERNATE"))} END`,
    labelled("d.credential_status", CREDENTIAL_STATUSES, (k) => t(`delegates.credential.${k}`)),
    text('d."group"'),
    text("d.seat"),
    text("d.note"),
  ];
  return `COPY (SELECT ${columns.join(", ")}
    FROM delegate d LEFT JOIN unit u ON u.id = d.home_unit_id
    WHERE d.congress_id = ${escapeLiteral(congress.id)}::uuid AND ${organisation} ${scoped}
    ORDER BY d.sort_key, d.birth_year, d.id) TO STDOUT (FORMAT csv, FORCE_QUOTE *)`;
}

/**
 * The CSV download: a BOM and the header line, then PostgreSQL's lines (LF-terminated, as COPY
 * writes them; Excel and our import read both). The query has started, on a connection of its
 * own from the pool, when this returns; a download abandoned half-way closes that connection
 * rather than handing it back to the pool mid-COPY.
 */
export async function rosterCsvStream(sql: string, headerLine: string): Promise<ReadableStream<Uint8Array>> {
  const client = await getPool().connect();
  const copy = client.query(copyTo(sql));
  const chunks = (copy as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  let released = false;
  const release = (broken: boolean) => {
    if (released) return;
    released = true;
    client.release(broken || undefined);
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(CSV_BOM + headerLine));
    },
    async pull(controller) {
      try {
        // COPY hands over one line at a time; the response gets them in pieces of about 64 KB,
        // as a piece per line costs more than the line.
        const lines: Buffer[] = [];
        let size = 0;
        let done = false;
        while (size < 65_536) {
          const next = await chunks.next();
          if (next.done) {
            done = true;
            break;
          }
          lines.push(next.value);
          size += next.value.byteLength;
        }
        if (size > 0) controller.enqueue(new Uint8Array(Buffer.concat(lines, size)));
        if (done) {
          release(false);
          controller.close();
        }
      } catch (error) {
        release(true);
        controller.error(error);
      }
    },
    cancel() {
      copy.destroy();
      release(true);
    },
  });
}
