import "server-only";
import { dateOnlyToIso, formatDate, vietnamDate } from "../dates";
import type { Actor } from "../auth/access";
import { csvLine } from "../export/csv";
import { type DocumentHeader, documentHeader } from "../export/document-header";
import { type DownloadFormat, type DownloadName, downloadName } from "../export/download";
import { neutraliseCell } from "../export/neutralise";
import { type PdfColumn, pdfStream } from "../export/pdf";
import { type XlsxColumn, xlsxStream } from "../export/xlsx";
import { type Translate, translator } from "../i18n/translate";
import { COLUMN_HEADERS, EXPORT_ONLY_HEADERS } from "./columns";
import type { RosterCongress, RosterRow } from "./data";
import { rosterCopySql, rosterCsvStream } from "./export-csv";
import { type ExportRow, toExportRow } from "./export-rows";

export const EXPORT_FORMATS = ["json", "csv", "xlsx", "pdf"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The roster's columns: the import headers first (an exported file imports back), then the
 * review. Each has its XLSX width (characters) and, when the printed list shows it, its PDF
 * width (points; the discussion group is on paper because delegates look for their tổ there).
 */
const ROSTER_COLUMNS: { header: string; xlsx: number; pdf?: number; center?: boolean }[] = [
  { header: EXPORT_ONLY_HEADERS.index, xlsx: 6, pdf: 26, center: true },
  { header: COLUMN_HEADERS.fullName[0], xlsx: 28, pdf: 112 },
  { header: COLUMN_HEADERS.gender[0], xlsx: 9, pdf: 40 },
  { header: COLUMN_HEADERS.birthDate[0], xlsx: 12, pdf: 62 },
  { header: COLUMN_HEADERS.ethnicity[0], xlsx: 12, pdf: 48 },
  { header: COLUMN_HEADERS.partyAdmissionDate[0], xlsx: 14, pdf: 62 },
  { header: COLUMN_HEADERS.educationLevel[0], xlsx: 24 },
  { header: COLUMN_HEADERS.theoryLevel[0], xlsx: 14, pdf: 52 },
  { header: COLUMN_HEADERS.position[0], xlsx: 30, pdf: 111 },
  { header: COLUMN_HEADERS.homeUnit[0], xlsx: 32, pdf: 105 },
  { header: COLUMN_HEADERS.category[0], xlsx: 13, pdf: 52 },
  { header: COLUMN_HEADERS.alternate[0], xlsx: 11 },
  { header: EXPORT_ONLY_HEADERS.credential, xlsx: 16, pdf: 58 },
  { header: COLUMN_HEADERS.group[0], xlsx: 8, pdf: 34 },
  { header: COLUMN_HEADERS.seat[0], xlsx: 8 },
  { header: COLUMN_HEADERS.note[0], xlsx: 24 },
];
const HEADERS = ROSTER_COLUMNS.map((c) => c.header);
const XLSX_COLUMNS: XlsxColumn[] = ROSTER_COLUMNS.map((c) => ({ header: c.header, width: c.xlsx }));
const PDF_CELLS = ROSTER_COLUMNS.flatMap((c, i) => (c.pdf ? [i] : []));
const PDF_COLUMNS: PdfColumn[] = PDF_CELLS.map((i) => ({ header: ROSTER_COLUMNS[i]!.header, width: ROSTER_COLUMNS[i]!.pdf!, align: ROSTER_COLUMNS[i]!.center ? "center" : "left" }));

/** Exports are Vietnamese whatever the caller's language: the words come from the vi catalog. */
function rosterHeader(c: RosterCongress, t: Translate): DocumentHeader {
  return documentHeader(
    { unitName: c.unit.name, ordinal: c.ordinal, termStart: c.termStart, termEnd: c.termEnd, dateIso: c.plannedOpening ? dateOnlyToIso(c.plannedOpening) : vietnamDate() },
    {
      party: t("delegateExport.party"),
      issuer: (ordinal) => t("delegateExport.issuer", { ordinal }),
      placeDate: (place, day, month, year) => t("delegateExport.placeDate", { place, day, month, year }),
      title: t("delegateExport.title"),
      subtitle: (unit, ordinal, start, end) => t("delegateExport.subtitle", { unit, ordinal, start, end }),
    },
  );
}

/** One roster row as the cells of every format, in ROSTER_COLUMNS order, neutralised. */
function cells(row: ExportRow, index: number, label: Translate): string[] {
  const values = [
    String(index + 1),
    row.fullName,
    label(`delegates.gender.${row.gender}`),
    row.birthDate ? formatDate(row.birthDate) : String(row.birthYear),
    row.ethnicity,
    formatDate(row.partyAdmissionDate),
    row.educationLevel ?? "",
    row.theoryLevel ? label(`delegates.theory.${row.theoryLevel}`) : "",
    row.position ?? "",
    row.homeUnitName ?? "",
    label(`delegates.category.${row.category}`),
    row.alternate ? label("delegates.seating.ALTERNATE") : "",
    label(`delegates.credential.${row.credentialStatus}`),
    row.group ?? "",
    row.seat ?? "",
    row.note ?? "",
  ];
  return values.map((v) => neutraliseCell(v.normalize("NFC")));
}

function* rosterCells(rows: (ExportRow | RosterRow)[], t: Translate) {
  // The same few labels (genders, categories, credential states) recur on every row: each is
  // looked up in the catalog once.
  const labels = new Map<string, string>();
  const label: Translate = (key) => labels.get(key) ?? labels.set(key, t(key)).get(key)!;
  for (const [i, row] of rows.entries()) yield cells("homeUnitName" in row ? row : toExportRow(row), i, label);
}

/** The JSON shape of the API: plain values, dates as YYYY-MM-DD. */
export function rosterJson(rows: RosterRow[]) {
  return rows.map((r) => ({
    id: r.id,
    fullName: r.fullName,
    familyName: r.familyName,
    middleName: r.middleName,
    givenName: r.givenName,
    gender: r.gender,
    birthDate: r.birthDate ? dateOnlyToIso(r.birthDate) : null,
    birthYear: r.birthYear,
    ethnicity: r.ethnicity,
    partyAdmissionDate: r.partyAdmissionDate ? dateOnlyToIso(r.partyAdmissionDate) : null,
    educationLevel: r.educationLevel,
    theoryLevel: r.theoryLevel,
    position: r.position,
    homeUnitId: r.homeUnitId,
    homeUnitName: r.homeUnit?.name ?? null,
    category: r.category,
    alternate: r.alternate,
    replacesId: r.replacesId,
    replacementReason: r.replacementReason,
    replacedOn: r.replacedOn ? dateOnlyToIso(r.replacedOn) : null,
    credentialStatus: r.credentialStatus,
    credentialReason: r.credentialReason,
    credentialReviewedAt: r.credentialReviewedAt?.toISOString() ?? null,
    checkedInAt: r.checkedInAt?.toISOString() ?? null,
    group: r.group,
    seat: r.seat,
    note: r.note,
    version: r.version,
  }));
}

/**
 * The roster as CSV, straight from PostgreSQL (lib/delegates/export-csv.ts): the same columns and
 * cells as rosterStream's, the caller's scope in the statement.
 */
export async function rosterCsv(actor: Actor, congress: RosterCongress): Promise<ReadableStream<Uint8Array>> {
  const t = await translator("vi");
  return rosterCsvStream(rosterCopySql(actor, congress, t), csvLine(HEADERS, "\n"));
}

/** An XLSX or PDF download of the roster: the rows of exportRows (or of listRoster), written as they are formatted. */
export async function rosterStream(format: Exclude<DownloadFormat, "csv">, congress: RosterCongress, rows: (ExportRow | RosterRow)[]): Promise<ReadableStream<Uint8Array>> {
  const t = await translator("vi");
  if (format === "xlsx") {
    return xlsxStream({ sheetName: t("delegateExport.sheetName"), footer: t("delegateExport.sheetFooter"), header: rosterHeader(congress, t), columns: XLSX_COLUMNS, rows: rosterCells(rows, t) });
  }
  const pdfRows = (function* () {
    for (const values of rosterCells(rows, t)) yield PDF_CELLS.map((i) => values[i]!);
  })();
  return pdfStream({ title: t("delegateExport.title"), header: rosterHeader(congress, t), columns: PDF_COLUMNS, rows: pdfRows, pageLabel: (page) => t("delegateExport.page", { page }) });
}

/** "danh-sach-dai-bieu-tan-uyen-2020.xlsx" and the Vietnamese name for RFC 5987 filename*. */
export async function exportFileName(congress: RosterCongress, format: string): Promise<DownloadName> {
  const t = await translator("vi");
  return downloadName(t("delegateExport.fileName", { unit: congress.unit.name, term: String(congress.termStart) }), format);
}
