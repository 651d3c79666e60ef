import "server-only";
import { listCongressesPage } from "../../congresses/data";
import { listUnitsPage } from "../../units/data";
import { z } from "../../validation";
import { defineEndpoint } from "../endpoint";
import { PAGING_NOTE, cursorAs, idPageResponse, pageQuery } from "../paging";
import { pageOf } from "../schemas";

const page = z.object(pageQuery);

export const listUnits = defineEndpoint({
  method: "GET",
  path: "/units",
  access: { right: "organisation.read", resource: "scope" },
  summary: "Units (party organisations) the caller may see",
  description: PAGING_NOTE,
  query: page,
  responses: { "200": { description: "Units, in id order", content: pageOf("Unit", "units") } },
  async handle({ actor, query, request }) {
    return idPageResponse(request, "units", await listUnitsPage(actor, { after: cursorAs(query.cursor, z.uuid()), take: query.limit }), query.limit);
  },
});

export const listCongresses = defineEndpoint({
  method: "GET",
  path: "/congresses",
  access: { right: "organisation.read", resource: "scope" },
  summary: "Congresses the caller may see",
  description: PAGING_NOTE,
  query: page,
  responses: { "200": { description: "Congresses, in id order", content: pageOf("Congress", "congresses") } },
  async handle({ actor, query, request }) {
    return idPageResponse(request, "congresses", await listCongressesPage(actor, { after: cursorAs(query.cursor, z.uuid()), take: query.limit }), query.limit);
  },
});
