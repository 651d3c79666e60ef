import "server-only";
import { LIMITS } from "../../security/rate-limit";
import { dateOnlyToIso, vietnamDate } from "../../dates";
import { compositionReport, getRosterCongress, listRoster } from "../../delegates/data";
import { EXPORT_FORMATS, exportFileName, rosterJson, rosterStream } from "../../delegates/export";
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
import { readUpload } from "../upload";

const booleanText = z.enum(["true", "false"]).transform((v) => v === "true");

export const exportDelegates = defineEndpoint({
  method: "GET",
  path: "/congresses/{id}/delegates",
  rateLimit: LIMITS.exportPerUser,
  // The API hands whole rosters to other software: that is an export, whatever the format.
  action: "delegate.export",
  summary: "The roster of a congress, in Vietnamese order",
  description: "json, or a download: csv (UTF-8 with BOM), xlsx, pdf. Downloads stream.",
  query: z.object({ format: z.enum(EXPORT_FORMATS).default("json") }),
  responses: {
    "200": {
      description: "The roster",
      content: {
        ...json({ type: "object", properties: { congressId: { type: "string" }, delegates: { type: "array", items: ref("Delegate") } } }),
        [CONTENT_TYPES.csv]: {},
        [CONTENT_TYPES.xlsx]: {},
        [CONTENT_TYPES.pdf]: {},
      },
    },
  },
  async handle({ actor, params, query, ip }) {
    const congress = await getRosterCongress(actor, params.id!, "delegate.export");
    if (query.format === "json") {
      const rows = await listRoster(actor, congress);
      await auditExport(actor, congress, query.format, rows.length, ip);
      return { congressId: congress.id, delegates: rosterJson(rows) };
    }
    // Downloads read only the printed columns, in one statement.
    const rows = await exportRows(actor, congress);
    await auditExport(actor, congress, query.format, rows.length, ip);
    const body = await rosterStream(query.format, congress, rows);
    return new Response(body, {
      headers: { "content-type": CONTENT_TYPES[query.format], "content-disposition": contentDisposition(await exportFileName(congress, query.format)), "cache-control": "no-store", "x-content-type-options": "nosniff" },
    });
  },
});

export const importDelegates = defineEndpoint({
  method: "POST",
  path: "/congresses/{id}/delegates/import",
  action: "delegate.manage",
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
    // Access first: another district's congress answers 404 before the body is even read.
    await getRosterCongress(actor, params.id!, "delegate.manage");
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
  action: "delegate.read",
  summary: "Composition of the delegation against the congress's targets",
  responses: { "200": { description: "Whole delegation and per unit", content: json(ref("Composition")) } },
  async handle({ actor, params }) {
    const congress = await getRosterCongress(actor, params.id!, "delegate.read");
    const report = await compositionReport(actor, congress, vietnamDate());
    return { congressId: congress.id, openingDate: report.openingIso, whole: report.whole, units: report.units, targets: Object.values(report.targets).map((t) => ({ metric: t.metric, minPercent: t.minPercent, maxPercent: t.maxPercent })), plannedOpening: congress.plannedOpening ? dateOnlyToIso(congress.plannedOpening) : null };
  },
});
