import "server-only";
import { scopeWhere } from "../../auth/access";
import { dateOnlyToIso } from "../../dates";
import { db } from "../../db/client";
import { defineEndpoint } from "../endpoint";
import { arrayOf } from "../schemas";

export const listUnits = defineEndpoint({
  method: "GET",
  path: "/units",
  access: { right: "district.read", resource: "scope" },
  summary: "Units (party organisations) the caller may see",
  responses: { "200": { description: "Units in code order", content: arrayOf("Unit", "units") } },
  async handle({ actor }) {
    const units = await db.unit.findMany({
      where: scopeWhere(actor),
      select: { id: true, code: true, name: true, kind: true, block: true, status: true, parentId: true, provinceId: true, districtId: true, memberCount: true },
      orderBy: { code: "asc" },
    });
    return { units };
  },
});

export const listCongresses = defineEndpoint({
  method: "GET",
  path: "/congresses",
  access: { right: "district.read", resource: "scope" },
  summary: "Congresses the caller may see",
  responses: { "200": { description: "Congresses, newest term first", content: arrayOf("Congress", "congresses") } },
  async handle({ actor }) {
    const rows = await db.congress.findMany({
      where: scopeWhere(actor),
      select: { id: true, unitId: true, ordinal: true, termStart: true, termEnd: true, plannedOpening: true, plannedClosing: true, status: true, isPilot: true, provinceId: true, districtId: true, unit: { select: { name: true } } },
      orderBy: [{ termStart: "desc" }, { id: "asc" }],
    });
    return {
      congresses: rows.map(({ unit, plannedOpening, plannedClosing, ...c }) => ({
        ...c,
        unitName: unit.name,
        plannedOpening: plannedOpening ? dateOnlyToIso(plannedOpening) : null,
        plannedClosing: plannedClosing ? dateOnlyToIso(plannedClosing) : null,
      })),
    };
  },
});
