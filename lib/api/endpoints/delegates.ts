import "server-only";
import { LIMITS } from "../../security/rate-limit";
import { dateOnlyToIso, vietnamDate } from "../../dates";
import { compositionReport, countRoster, listRosterPage } from "../../delegates/data";
import { EXPORT_FORMATS, exportFileName, rosterCsv, rosterJson, rosterStream } from "../../delegates/export";
import { exportRows } from "../../delegates/export-rows";
import { CONTENT_TYPES, contentDisposition } from "../../export/download";
import { importRoster } from "../../delegates/import";
import { auditExport } from "../../delegates/mutations";
import { ImportFileError } from "../../import/errors";
import { IMPORT_LIMITS } from "../../import/sheet";
import { translator } from "../../i18n/translate";
import { z } from "../../validation";
import { defineEndpoint } from "../endpoint";
import { ApiError } from "../errors";
import { json, ref } from "../schemas";
import { PAGING_NOTE, cursorAs, pageQuery, pagedResponse } from "../paging";

const rosterPosition = z.object({ sortKey: z.string().max(400), birthYear: z.number().int(), id: z.uuid() });
import { readUpload } from "../upload";

const booleanText = z.enum(["true", "false"]).transform((v) => v === "true");

export const exportDelegates = defineEndpoint({
  method: "GET",
  path: "/congresses/{id}/delegates",
  // The API hands whole rosters to other software: that is an export, whatever the format. A
  // roster read as JSON pages counts once, at its first page.
  rateLimit: (query) => (query.cursor === undefined ? LIMITS.exportPerUser : null),
  access: { right: "delegate.export", resource: { kind: "congress", param: "id" } },
  summary: "The roster of a congress, in Vietnamese order",
  description: `json, or a download: csv (UTF-8 with BOM), xlsx, pdf. Downloads stream the whole roster; json is ${PAGING_NOTE.charAt(0).toLowerCase()}${PAGING_NOTE.slice(1)}`,
  query: z.object({ format: z.enum(EXPORT_FORMATS).default("json"), ...pageQuery }),
  responses: {
    "200": {
      description: "The roster",
      content: {
        ...json({ type: "object", properties: { congressId: { type: "string" }, delegates: { type: "array", items: ref("Delegate") }, next: { type: ["string", "null"] } } }),
        [CONTENT_TYPES.csv]: {},
        [CONTENT_TYPES.xlsx]: {},
        [CONTENT_TYPES.pdf]: {},
      },
    },
  },
  async handle({ actor, record: congress, query, ip, request }) {
    const audit = { actor, ip, action: "delegate.export" };
    if (query.format === "json") {
      const after = cursorAs(query.cursor, rosterPosition);
      const page = await listRosterPage(actor, congress, after, query.limit);
      if (!after) await auditExport(audit, congress, query.format, await countRoster(actor, congress));
      return pagedResponse(request, { congressId: congress.id, delegates: rosterJson(page.rows) }, page.next);
    }
    let body: ReadableStream<Uint8Array>;
    if (query.format === "csv") {
      // PostgreSQL writes the CSV (COPY); the count for the audit is one more statement.
      await auditExport(audit, congress, query.format, await countRoster(actor, congress));
      body = await rosterCsv(actor, congress);
    } else {
      // The other downloads read only the printed columns, in one statement.
      const rows = await exportRows(actor, congress);
      await auditExport(audit, congress, query.format, rows.length);
      body = await rosterStream(query.format, congress, rows);
    }
    return new Response(body, {
      headers: { "content-type": CONTENT_TYPES[query.format], "content-disposition": contentDisposition(await exportFileName(congress, query.format)), "cache-control": "no-store", "x-content-type-options": "nosniff" },
    });
  },
});

export const importDelegates = defineEndpoint({
  method: "POST",
  path: "/congresses/{id}/delegates/import",
  access: { right: "delegate.manage", resource: { kind: "congress", param: "id" } },
  summary: "Import delegates from an .xlsx or .csv file (multipart field `file`)",
  description:
    "dryRun=true (the default) checks every row and writes nothing. dryRun=false commits in one transaction: mode=all writes every row or none (422 with the report when a row has errors), mode=valid-only writes the valid rows. At most 10 MB and 20,000 rows.",
  query: z.object({ dryRun: booleanText.default(true), mode: z.enum(["all", "valid-only"]).default("all") }),
  requestBody: { required: true, content: { "multipart/form-data": { schema: { type: "object", required: ["file"], properties: { file: { type: "string", format: "binary" } } } } } },
  responses: {
    "200": { description: "The per-row report", content: json(ref("ImportReport")) },
    "413": { description: "File over 10 MB or 20,000 rows" },
    "415": { description: "Not a real .xlsx or UTF-8 .csv" },
    "422": { description: "No header row, missing columns, or (mode=all) rows with errors: the report is in `report`" },
  },
  async handle({ actor, params, query, request, locale, ip }) {
    const file = await readUpload(request, "file", IMPORT_LIMITS.maxBytes);
    if (!file) throw new ImportFileError("NO_FILE", 400);
    const report = await importRoster(actor, params.id!, file, { dryRun: query.dryRun, mode: query.mode, ip });
    const t = await translator(locale);
    const withMessages = { ...report, errors: report.errors.map((e) => ({ ...e, message: t(`delegateImport.errors.${e.code}`, e.params) })) };
    if (!report.dryRun && report.mode === "all" && report.errors.length > 0) {
      throw new ApiError("IMPORT_INVALID", 422, { count: report.errors.length }, { report: withMessages });
    }
    return withMessages;
  },
});

export const delegateComposition = defineEndpoint({
  method: "GET",
  path: "/congresses/{id}/composition",
  access: { right: "delegate.read", resource: { kind: "congress", param: "id" } },
  summary: "Composition of the delegation against the congress's targets",
  responses: { "200": { description: "Whole delegation and per unit", content: json(ref("Composition")) } },
  async handle({ actor, record: congress }) {
    const report = await compositionReport(actor, congress, vietnamDate());
    return { congressId: congress.id, openingDate: report.openingIso, whole: report.whole, units: report.units, targets: Object.values(report.targets).map((t) => ({ metric: t.metric, minPercent: t.minPercent, maxPercent: t.maxPercent })), plannedOpening: congress.plannedOpening ? dateOnlyToIso(congress.plannedOpening) : null };
  },
});
